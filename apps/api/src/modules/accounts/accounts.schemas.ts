import { Type } from 'typebox'
import { NullableString } from '../../schemas/common'

const Email = Type.String({ minLength: 1, maxLength: 254, format: 'email' })
/** The sign-up rule (users.schemas.ts), repeated so a reset cannot set a password sign-up would refuse. */
const Password = Type.String({ minLength: 8, maxLength: 256 })
const Token = Type.String({ minLength: 1, maxLength: 200 })

export const RequestPasswordResetBody = Type.Object({ user: Type.Object({ email: Email }) })

export const PasswordResetAccepted = Type.Object({
  message: Type.String({ description: 'The same for every address, known or not' }),
})

export const ConfirmPasswordResetBody = Type.Object({ token: Token, password: Password })

export const VerifyEmailBody = Type.Object({ token: Token })

export const DeleteAccountBody = Type.Object({
  user: Type.Object({ password: Type.String({ minLength: 1, maxLength: 256 }) }),
})

const Timestamp = Type.String({ format: 'date-time' })

export const AccountExport = Type.Object({
  exportedAt: Timestamp,
  profile: Type.Object({
    username: Type.String(),
    email: Type.String(),
    emailVerified: Type.Boolean(),
    bio: Type.String(),
    image: NullableString(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  articles: Type.Array(
    Type.Object({
      slug: Type.String(),
      title: Type.String(),
      description: Type.String(),
      body: Type.String(),
      tagList: Type.Array(Type.String()),
      favoritesCount: Type.Integer(),
      createdAt: Timestamp,
      updatedAt: Timestamp,
    }),
  ),
  comments: Type.Array(
    Type.Object({
      id: Type.Integer(),
      articleSlug: Type.String(),
      body: Type.String(),
      createdAt: Timestamp,
      updatedAt: Timestamp,
    }),
  ),
  favorites: Type.Array(Type.Object({ slug: Type.String(), title: Type.String() })),
  following: Type.Array(Type.Object({ username: Type.String() })),
})
