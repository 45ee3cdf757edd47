import type { Db } from '../../db/database'
import { notFound, unauthorized } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import type { AccessTokens } from './access-tokens'
import { hashRefreshToken, judgeSpentToken, newRefreshToken, newSessionId } from './refresh-tokens'
import type { SessionsRepository } from './sessions.repository'
import { toSession } from './sessions.serialize'

export type TokenPair = { token: string; refreshToken: string }

export type SessionsService = ReturnType<typeof createSessionsService>

export function createSessionsService(deps: {
  db: Db
  sessions: SessionsRepository
  accessTokens: AccessTokens
  refreshTokenTtl: number
}) {
  const { db, sessions, accessTokens } = deps

  const expiry = (now: Date) => timestamp(new Date(now.getTime() + deps.refreshTokenTtl * 1000))

  async function issueRefreshToken(sessionId: string, now: Date, tx: Db): Promise<string> {
    const refreshToken = newRefreshToken()
    await sessions.insertRefreshToken(
      { tokenHash: hashRefreshToken(refreshToken), sessionId, now: timestamp(now), expiresAt: expiry(now) },
      tx,
    )
    return refreshToken
  }

  return {
    /** Opens a session for a user who just proved who they are; `tx` joins the caller's transaction. */
    async start(userId: number, userAgent: string | null, tx: Db = db): Promise<TokenPair> {
      const now = new Date()
      const sessionId = newSessionId()
      await sessions.insertSession({ id: sessionId, userId, userAgent, now: timestamp(now) }, tx)
      const refreshToken = await issueRefreshToken(sessionId, now, tx)
      return { token: await accessTokens.sign(userId, sessionId), refreshToken }
    },

    /**
     * Rotates a refresh token. A token spent moments ago (another tab) still gets a fresh pair; one spent
     * longer ago means it was stolen or replayed, so the whole session is revoked.
     */
    async refresh(refreshToken: string): Promise<TokenPair & { userId: number }> {
      const tokenHash = hashRefreshToken(refreshToken)
      const now = new Date()
      const outcome = await db.transaction().execute(async (tx) => {
        const found = await sessions.findRefreshToken(tokenHash, tx)
        if (!found || found.revokedAt !== null || found.expiresAt <= timestamp(now))
          return { kind: 'invalid' } as const
        const spentNow = await sessions.spendRefreshToken(tokenHash, timestamp(now), tx)
        if (!spentNow) {
          const spentAt =
            found.spentAt ?? (await sessions.findRefreshToken(tokenHash, tx))?.spentAt ?? timestamp(now)
          if (judgeSpentToken(spentAt, now) === 'reuse') {
            await sessions.revokeSession(found.sessionId, timestamp(now), tx)
            return { kind: 'reused' } as const
          }
        }
        await sessions.markRotated(found.sessionId, timestamp(now), tx)
        const next = await issueRefreshToken(found.sessionId, now, tx)
        return {
          kind: 'rotated',
          userId: found.userId,
          sessionId: found.sessionId,
          refreshToken: next,
        } as const
      })
      if (outcome.kind === 'invalid') throw unauthorized('refresh token is invalid or expired')
      if (outcome.kind === 'reused')
        throw unauthorized('refresh token was already used; the session is revoked')
      return {
        userId: outcome.userId,
        token: await accessTokens.sign(outcome.userId, outcome.sessionId),
        refreshToken: outcome.refreshToken,
      }
    },

    /**
     * Whether an expired access token is still good: its session is live, was opened within the refresh
     * token lifetime, and never rotated (its client does not refresh). See docs/decisions/011.
     */
    async vouchesForExpiredToken(claims: { sessionId: string; userId: number }): Promise<boolean> {
      const createdAfter = timestamp(new Date(Date.now() - deps.refreshTokenTtl * 1000))
      return sessions.vouchesForExpiredToken(claims.sessionId, claims.userId, createdAfter)
    },

    /** The account a refresh token belongs to, spent or revoked alike. */
    async ownerOfRefreshToken(refreshToken: string): Promise<number | undefined> {
      return (await sessions.findRefreshToken(hashRefreshToken(refreshToken)))?.userId
    },

    async logout(refreshToken: string): Promise<void> {
      const found = await sessions.findRefreshToken(hashRefreshToken(refreshToken))
      if (found) await sessions.revokeSession(found.sessionId, timestamp())
    },

    async list(userId: number, currentSessionId: string) {
      const rows = await sessions.listActiveSessions(userId, timestamp())
      return rows.map((row) => toSession(row, currentSessionId))
    },

    async revoke(userId: number, sessionId: string): Promise<void> {
      if (!(await sessions.revokeUserSession(userId, sessionId, timestamp()))) throw notFound('session')
    },

    async revokeAll(userId: number, tx: Db = db): Promise<void> {
      await sessions.revokeUserSessions(userId, timestamp(), tx)
    },

    async revokeOthers(userId: number, currentSessionId: string, tx: Db = db): Promise<void> {
      await sessions.revokeOtherSessions(userId, currentSessionId, timestamp(), tx)
    },
  }
}
