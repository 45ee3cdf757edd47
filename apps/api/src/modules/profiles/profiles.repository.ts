import type { Db } from '../../db/database'

export type ProfileRow = { id: number; username: string; bio: string; image: string | null }

export type ProfilesRepository = ReturnType<typeof createProfilesRepository>

export function createProfilesRepository(db: Db) {
  return {
    findByUsername: (username: string): Promise<ProfileRow | undefined> =>
      db
        .selectFrom('users')
        .select(['id', 'username', 'bio', 'image'])
        .where('username', '=', username)
        .executeTakeFirst(),

    /** Profiles by id, in one query whatever their number. */
    findByIds: (ids: readonly number[]): Promise<ProfileRow[]> =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('users').select(['id', 'username', 'bio', 'image']).where('id', 'in', ids).execute(),

    /** Which of `ids` the follower follows, in one query. */
    async followedAmong(followerId: number, ids: readonly number[]): Promise<Set<number>> {
      if (ids.length === 0) return new Set()
      const rows = await db
        .selectFrom('follows')
        .select('followedId')
        .where('followerId', '=', followerId)
        .where('followedId', 'in', ids)
        .execute()
      return new Set(rows.map((row) => row.followedId))
    },

    async follow(tx: Db, followerId: number, followedId: number) {
      await tx
        .insertInto('follows')
        .values({ followerId, followedId })
        .onConflict((oc) => oc.columns(['followerId', 'followedId']).doNothing())
        .execute()
    },

    async unfollow(tx: Db, followerId: number, followedId: number) {
      await tx
        .deleteFrom('follows')
        .where('followerId', '=', followerId)
        .where('followedId', '=', followedId)
        .execute()
    },
  }
}
