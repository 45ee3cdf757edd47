import { notFound, unprocessable } from '../../lib/app-error'
import type { ProfileRow, ProfilesRepository } from './profiles.repository'

export type Profile = { username: string; bio: string; image: string | null; following: boolean }

export const toProfile = (row: ProfileRow, following: boolean): Profile => ({
  username: row.username,
  bio: row.bio,
  image: row.image,
  following,
})

export type ProfilesService = ReturnType<typeof createProfilesService>

export function createProfilesService(profiles: ProfilesRepository) {
  async function find(username: string): Promise<ProfileRow> {
    const row = await profiles.findByUsername(username)
    if (!row) throw notFound('profile')
    return row
  }

  return {
    async get(username: string, viewerId: number | null): Promise<Profile> {
      const row = await find(username)
      const following = viewerId !== null && (await profiles.followedAmong(viewerId, [row.id])).has(row.id)
      return toProfile(row, following)
    },

    async follow(username: string, viewerId: number): Promise<Profile> {
      const row = await find(username)
      if (row.id === viewerId) throw unprocessable({ username: ['you cannot follow yourself'] })
      await profiles.follow(viewerId, row.id)
      return toProfile(row, true)
    },

    async unfollow(username: string, viewerId: number): Promise<Profile> {
      const row = await find(username)
      await profiles.unfollow(viewerId, row.id)
      return toProfile(row, false)
    },

    /** Author profiles for a page of rows as the viewer sees them: two queries, whatever the page size. */
    async forAuthors(authorIds: readonly number[], viewerId: number | null): Promise<Map<number, Profile>> {
      const unique = [...new Set(authorIds)]
      const [rows, followed] = await Promise.all([
        profiles.findByIds(unique),
        viewerId === null ? Promise.resolve(new Set<number>()) : profiles.followedAmong(viewerId, unique),
      ])
      return new Map(rows.map((row) => [row.id, toProfile(row, followed.has(row.id))]))
    },
  }
}
