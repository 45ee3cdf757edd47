import type { Db } from '../../db/database'
import { prepared } from '../../db/prepared'
import type { Role } from '../../db/schema'

export type UserRow = {
  id: number
  username: string
  email: string
  passwordHash: string
  bio: string
  image: string | null
  emailVerifiedAt: string | null
  role: Role
  suspendedUntil: string | null
  suspensionReason: string | null
}

const columns = [
  'id',
  'username',
  'email',
  'passwordHash',
  'bio',
  'image',
  'emailVerifiedAt',
  'role',
  'suspendedUntil',
  'suspensionReason',
] as const

export type UsersRepository = ReturnType<typeof createUsersRepository>

export function createUsersRepository(db: Db) {
  const findById = prepared<[id: number], UserRow>(
    db,
    db.selectFrom('users').select(columns).where('id', '=', 0),
  )

  const accountStatus = prepared<
    [id: number],
    { role: Role; suspendedUntil: string | null; createdAt: string }
  >(db, db.selectFrom('users').select(['role', 'suspendedUntil', 'createdAt']).where('id', '=', 0))
  return {
    findById,
    accountStatus,
    findByUsername: (username: string): Promise<UserRow | undefined> =>
      db.selectFrom('users').select(columns).where('username', '=', username).executeTakeFirst(),

    findByEmail: (email: string): Promise<UserRow | undefined> =>
      db.selectFrom('users').select(columns).where('email', '=', email).executeTakeFirst(),

    /** Which of the given username/email are held by someone other than `exceptId`. */
    async takenBy(fields: { username?: string; email?: string }, exceptId: number | null) {
      const rows = await db
        .selectFrom('users')
        .select(['username', 'email'])
        .where((eb) =>
          eb.or([
            ...(fields.username !== undefined ? [eb('username', '=', fields.username)] : []),
            ...(fields.email !== undefined ? [eb('email', '=', fields.email)] : []),
          ]),
        )
        .$if(exceptId !== null, (qb) => qb.where('id', '!=', exceptId ?? 0))
        .execute()
      return {
        username: rows.some((row) => row.username === fields.username),
        email: rows.some((row) => row.email === fields.email),
      }
    },

    async insert(tx: Db, user: { username: string; email: string; passwordHash: string; now: string }) {
      return tx
        .insertInto('users')
        .values({
          username: user.username,
          email: user.email,
          passwordHash: user.passwordHash,
          bio: '',
          image: null,
          createdAt: user.now,
          updatedAt: user.now,
        })
        .returning(columns)
        .executeTakeFirstOrThrow()
    },

    async update(
      tx: Db,
      id: number,
      changes: Partial<
        Pick<UserRow, 'username' | 'email' | 'passwordHash' | 'bio' | 'image' | 'emailVerifiedAt'>
      > & { updatedAt: string },
    ) {
      return tx.updateTable('users').set(changes).where('id', '=', id).returning(columns).executeTakeFirst()
    },

    async setSuspension(tx: Db, id: number, suspension: { until: string | null; reason: string | null }) {
      return tx
        .updateTable('users')
        .set({ suspendedUntil: suspension.until, suspensionReason: suspension.reason })
        .where('id', '=', id)
        .returning(columns)
        .executeTakeFirst()
    },
    async endSuspension(tx: Db, id: number, until: string): Promise<boolean> {
      const ended = await tx
        .updateTable('users')
        .set({ suspendedUntil: null, suspensionReason: null })
        .where('id', '=', id)
        .where('suspendedUntil', '=', until)
        .returning('id')
        .executeTakeFirst()
      return ended !== undefined
    },
    async setRole(tx: Db, id: number, role: Role) {
      return tx.updateTable('users').set({ role }).where('id', '=', id).returning(columns).executeTakeFirst()
    },
    /** Moves an author's article counter by `delta` (see migration 002). */
    async countArticles(tx: Db, id: number, delta: 1 | -1) {
      await tx
        .updateTable('users')
        .set((eb) => ({ articlesCount: eb('articlesCount', '+', delta) }))
        .where('id', '=', id)
        .execute()
    },

    /** Marks the address verified only if it is still the user's address (the token names the one it went to). */
    async markEmailVerified(tx: Db, id: number, email: string, now: string) {
      return tx
        .updateTable('users')
        .set({ emailVerifiedAt: now })
        .where('id', '=', id)
        .where('email', '=', email)
        .returning(columns)
        .executeTakeFirst()
    },

    /** Sessions, follows, favourites, comments and mail tokens cascade; articles go first (their counters). */
    async remove(tx: Db, id: number) {
      await tx.deleteFrom('users').where('id', '=', id).execute()
    },
  }
}
