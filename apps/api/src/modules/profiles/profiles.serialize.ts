import type { Profile } from '../../schemas/common'

export const toProfile = (
  row: { username: string; bio: string; image: string | null },
  following: boolean,
): Profile => ({
  username: row.username,
  bio: row.bio,
  image: row.image,
  following,
})
