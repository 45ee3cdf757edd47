import type { Db } from '../../db/database'
import { prepared } from '../../db/prepared'

export type SessionsRepository = ReturnType<typeof createSessionsRepository>

export function createSessionsRepository(db: Db) {
  const findVouchingSession = prepared<[id: string, userId: number, createdAfter: string], { id: string }>(
    db,
    db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', '')
      .where('userId', '=', 0)
      .where('revokedAt', 'is', null)
      .where('rotatedAt', 'is', null)
      .where('createdAt', '>', ''),
  )

  return {
    /** A live session that never rotated, opened after `createdAfter`: one primary-key lookup. */
    async vouchesForExpiredToken(id: string, userId: number, createdAfter: string): Promise<boolean> {
      return (await findVouchingSession(id, userId, createdAfter)) !== undefined
    },

    async insertSession(
      session: { id: string; userId: number; userAgent: string | null; now: string },
      tx: Db = db,
    ) {
      await tx
        .insertInto('sessions')
        .values({
          id: session.id,
          userId: session.userId,
          userAgent: session.userAgent,
          createdAt: session.now,
          lastUsedAt: session.now,
        })
        .execute()
    },

    async insertRefreshToken(
      token: { tokenHash: string; sessionId: string; now: string; expiresAt: string },
      tx: Db = db,
    ) {
      await tx
        .insertInto('refreshTokens')
        .values({
          tokenHash: token.tokenHash,
          sessionId: token.sessionId,
          createdAt: token.now,
          expiresAt: token.expiresAt,
        })
        .execute()
    },

    findRefreshToken(tokenHash: string, tx: Db = db) {
      return tx
        .selectFrom('refreshTokens as t')
        .innerJoin('sessions as s', 's.id', 't.sessionId')
        .select(['t.sessionId', 't.spentAt', 't.expiresAt', 's.userId', 's.revokedAt'])
        .where('t.tokenHash', '=', tokenHash)
        .executeTakeFirst()
    },

    /** Marks the token spent if nobody has yet; the conditional update is what makes rotation atomic. */
    async spendRefreshToken(tokenHash: string, now: string, tx: Db = db): Promise<boolean> {
      const result = await tx
        .updateTable('refreshTokens')
        .set({ spentAt: now })
        .where('tokenHash', '=', tokenHash)
        .where('spentAt', 'is', null)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },

    /** Records a refresh: from now on the session's access tokens die at their `exp`. */
    async markRotated(id: string, now: string, tx: Db = db) {
      await tx.updateTable('sessions').set({ lastUsedAt: now, rotatedAt: now }).where('id', '=', id).execute()
    },

    async revokeSession(id: string, now: string, tx: Db = db) {
      await tx
        .updateTable('sessions')
        .set({ revokedAt: now })
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .execute()
    },

    async revokeUserSession(userId: number, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ revokedAt: now })
        .where('id', '=', id)
        .where('userId', '=', userId)
        .where('revokedAt', 'is', null)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },

    async revokeUserSessions(userId: number, now: string, tx: Db = db) {
      await tx
        .updateTable('sessions')
        .set({ revokedAt: now })
        .where('userId', '=', userId)
        .where('revokedAt', 'is', null)
        .execute()
    },

    async revokeOtherSessions(userId: number, keepId: string, now: string, tx: Db = db) {
      await tx
        .updateTable('sessions')
        .set({ revokedAt: now })
        .where('userId', '=', userId)
        .where('id', '!=', keepId)
        .where('revokedAt', 'is', null)
        .execute()
    },

    /** Sessions not revoked and still holding a refresh token that can be used. */
    listActiveSessions(userId: number, now: string) {
      return db
        .selectFrom('sessions as s')
        .select(['s.id', 's.userAgent', 's.createdAt', 's.lastUsedAt'])
        .where('s.userId', '=', userId)
        .where('s.revokedAt', 'is', null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('refreshTokens as t')
              .select('t.sessionId')
              .whereRef('t.sessionId', '=', 's.id')
              .where('t.spentAt', 'is', null)
              .where('t.expiresAt', '>', now),
          ),
        )
        .orderBy('s.lastUsedAt', 'desc')
        .execute()
    },
  }
}
