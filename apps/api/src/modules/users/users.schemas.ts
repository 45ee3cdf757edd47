import { type Static, Type } from 'typebox'
import { NullableString, RoleSchema } from '../../schemas/common'

const Username = Type.String({ minLength: 1, maxLength: 40, pattern: '^[\\p{L}\\p{N}_.-]+$' })
const Email = Type.String({ minLength: 1, maxLength: 254, format: 'email' })
const Password = Type.String({ minLength: 8, maxLength: 256 })
const Image = Type.Unsafe<string | null>({
  type: ['string', 'null'],
  maxLength: 2000,
  pattern: '^(https?://\\S+)?$',
})

export const UserSchema = Type.Object({
  email: Type.String(),
  token: Type.String({ description: 'Access JWT, sent as `Authorization: Token <jwt>`' }),
  refreshToken: Type.Optional(Type.String({ description: 'Single-use token for POST /api/users/refresh' })),
  username: Type.String(),
  bio: Type.String(),
  image: NullableString(),
  emailVerified: Type.Boolean({
    description: 'Whether the address was confirmed through the link mailed to it',
  }),
  role: RoleSchema,
})

/** What a suspended account's sign-in or refresh answers with (403). */
export const SuspendedResponse = Type.Object({
  errors: Type.Record(Type.String(), Type.Array(Type.String())),
  suspension: Type.Object({
    reason: NullableString(),
    until: NullableString({ description: 'null: until lifted' }),
  }),
})

export const UserResponse = Type.Object({ user: UserSchema })

export const RegisterBody = Type.Object({
  user: Type.Object({ username: Username, email: Email, password: Password }),
})

export const LoginBody = Type.Object({
  user: Type.Object({
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  }),
})

export const UpdateUserBody = Type.Object({
  user: Type.Object({
    email: Type.Optional(Email),
    username: Type.Optional(Username),
    password: Type.Optional(Password),
    bio: Type.Optional(Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 2000 })),
    image: Type.Optional(Image),
  }),
})

export const RefreshBody = Type.Object({
  // No length limits: anything that is not a live token gets the same 401, whatever its size (BODY_LIMIT caps it).
  refreshToken: Type.String(),
})

export type User = Static<typeof UserSchema>
export type RegisterInput = Static<typeof RegisterBody>['user']
export type LoginInput = Static<typeof LoginBody>['user']
export type UpdateUserInput = Static<typeof UpdateUserBody>['user']
