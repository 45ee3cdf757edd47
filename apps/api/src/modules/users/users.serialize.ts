import type { UserRow } from './users.repository'

export const toUser = (row: UserRow, tokens: { token: string; refreshToken?: string }) => ({
  email: row.email,
  token: tokens.token,
  ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
  username: row.username,
  bio: row.bio,
  image: row.image,
  emailVerified: row.emailVerifiedAt !== null,
})
