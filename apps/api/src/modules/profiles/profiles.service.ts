import type { ContentChanges } from '../../db/content-changes'
import type { Db } from '../../db/database'
import { notFound, unprocessable } from '../../lib/app-error'
import type { Profile } from '../../schemas/common'
import type { ProfileRow, ProfilesRepository } from './profiles.repository'
import { toProfile } from './profiles.serialize'

export type ProfilesService = ReturnType<typeof createProfilesService>

export function createProfilesService(deps: { changes: ContentChanges; profiles: ProfilesRepository }) {
  const { changes, profiles } = deps

  /** Follows change the `following` flag on article reads and profiles, and the follower's feed. */
  async function changeFollow(
    followerId: number,
    followedId: number,
    write: (tx: Db, followerId: number, followedId: number) => Promise<void>,
  ) {
    await changes.transaction(async (tx, changed) => {
      await changed({ authorIds: [followedId], viewerIds: [followerId], accountIds: [followedId] })
      await write(tx, followerId, followedId)
    })
  }

  async function find(username: string): Promise<ProfileRow> {
    const row = await profiles.findByUsername(username)
    if (!row) throw notFound('profile')
    return row
  }

  return {
    /** The profile, and whose account it shows, so a cache knows which changes make it stale. */
    async read(username: string, viewerId: number | null): Promise<{ profile: Profile; accountId: number }> {
      const row = await find(username)
      const following = viewerId !== null && (await profiles.followedAmong(viewerId, [row.id])).has(row.id)
      return { profile: toProfile(row, following), accountId: row.id }
    },

    async follow(username: string, viewerId: number): Promise<Profile> {
      const row = await find(username)
      if (row.id === viewerId) throw unprocessable({ username: ['you cannot follow yourself'] })
      await changeFollow(viewerId, row.id, profiles.follow)
      return toProfile(row, true)
    },

    async unfollow(username: string, viewerId: number): Promise<Profile> {
      const row = await find(username)
      await changeFollow(viewerId, row.id, profiles.unfollow)
      return toProfile(row, false)
    },

    /** Author profiles for a page of rows as the viewer sees them: two queries, whatever the page size. */
    async forAuthors(authorIds: readonly number[], viewerId: number | null): Promise<Map<number, Profile>> {
      const unique = [...new Set(authorIds)]
      const [rows, followed] = await Promise.all([
        profiles.findByIds(unique),
        viewerId === null
          ? Promise.resolve(new Set<number>())
          : // Nobody follows themselves, so a writer's own comment needs no follows lookup at all.
            profiles.followedAmong(
              viewerId,
              unique.filter((id) => id !== viewerId),
            ),
      ])
      return new Map(rows.map((row) => [row.id, toProfile(row, followed.has(row.id))]))
    },
  }
}
