import { type Static, Type } from 'typebox'

/** `string | null` as a plain JSON-schema type list, which the serializer handles without a union branch. */
export const NullableString = (options: { maxLength?: number; description?: string } = {}) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], ...options })

/** A string with at least one non-space character. */
export const RequiredText = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' })

export const ErrorResponse = Type.Object(
  { errors: Type.Record(Type.String(), Type.Array(Type.String())) },
  { $id: 'ErrorResponse', description: 'RealWorld error envelope: field → messages' },
)

export const RoleSchema = Type.Union(
  [Type.Literal('user'), Type.Literal('moderator'), Type.Literal('admin')],
  {
    $id: 'Role',
  },
)

export const ProfileSchema = Type.Object(
  {
    username: Type.String(),
    bio: Type.String(),
    image: NullableString(),
    following: Type.Boolean(),
  },
  { $id: 'Profile' },
)
export type Profile = Static<typeof ProfileSchema>

export const SlugParams = Type.Object(
  { slug: Type.String({ minLength: 1, maxLength: 200 }) },
  { $id: 'SlugParams' },
)

export const PaginationQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0 }),
}

/** Shared schemas carry an `$id`: registered once, they become the OpenAPI document's components. */
export const sharedSchemas = [ErrorResponse, RoleSchema, ProfileSchema, SlugParams]
