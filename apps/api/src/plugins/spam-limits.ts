import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../config'
import { AppError } from '../lib/app-error'
import { signedIn } from './auth'
import { keyedLimit } from './rate-limit'

/**
 * When the account was made (ISO-8601 or a Date), or undefined when it no longer exists: one primary-key
 * read. Only asked when no earlier preHandler has read the account: `app.requireActiveUser` (which the
 * article and comment routes run first, for suspensions) leaves its `createdAt` on `request.account`.
 */
export type AccountCreatedAt = (userId: number) => Promise<string | Date | undefined>

export type SpamLimiters = Record<'article' | 'comment', preHandlerAsyncHookHandler[]>

const HOUR_SECONDS = 3600

/**
 * Tighter limits for new accounts (docs/decisions/017): an account younger than `newAccountHours` posts at
 * most `articlesPerHour` articles and `commentsPerHour` comments an hour. Counted per account in the rate
 * limiter's store (Redis when configured, so replicas share the count; a Redis outage lets writes through,
 * decision 008). A preHandler runs after the body is validated and before anything is written, so a refused
 * post writes nothing and an invalid one is not counted. It reads the account's age from what
 * `requireActiveUser` loaded, so it adds no query of its own.
 */
export function createSpamLimiters(
  app: FastifyInstance,
  limits: Config['spamLimits'],
  accountCreatedAt: AccountCreatedAt,
): SpamLimiters {
  const newAccountMs = limits.newAccountHours * HOUR_SECONDS * 1000
  const limiter = (max: number, what: 'articles' | 'comments'): preHandlerAsyncHookHandler[] => {
    if (newAccountMs <= 0 || max <= 0) return []
    const counter = keyedLimit(app, { max, windowSeconds: HOUR_SECONDS }, `spam-${what}`)
    return [
      async (request, reply) => {
        const { id } = signedIn(request)
        const createdAt = request.account?.createdAt ?? (await accountCreatedAt(id))
        // A vanished account is the route's to refuse; an old one is not limited.
        const bornAt = createdAt === undefined ? Number.NaN : new Date(createdAt).getTime()
        if (Number.isNaN(bornAt) || Date.now() - bornAt >= newAccountMs) return
        // The creation time in the key: SQLite may give a deleted account's id to the next sign-up.
        const counted = await counter.take(`${id}:${bornAt}`)
        if (counted.allowed) return
        reply.header('retry-after', String(counted.retryAfterSeconds))
        throw new AppError(429, { rate: [`too many ${what}, try again later`] })
      },
    ]
  }
  return {
    article: limiter(limits.articlesPerHour, 'articles'),
    comment: limiter(limits.commentsPerHour, 'comments'),
  }
}
