import type { UserRow } from './users.repository'
import type { User } from './users.schemas'

export const toUser = (row: UserRow, tokens: { token: string; refreshToken?: string }): User => ({
  email: row.email,
  token: tokens.token,
  ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
  username: row.username,
  bio: row.bio,
  image: row.image,
  emailVerified: row.emailVerifiedAt !== null,
  role: row.role,
})
