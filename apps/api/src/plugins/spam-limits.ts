import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../config'
import { AppError, unauthorized } from '../lib/app-error'
import { signedIn } from './auth'
import { keyedLimit } from './rate-limit'

export type SpamLimiters = Record<'article' | 'comment', preHandlerAsyncHookHandler[]>

const HOUR_SECONDS = 3600

/**
 * Tighter limits for new accounts (docs/decisions/017): an account younger than `newAccountHours` posts at
 * most `articlesPerHour` articles and `commentsPerHour` comments an hour. Counted per account in the rate
 * limiter's store (Redis when configured, so replicas share the count; a Redis outage lets writes through,
 * decision 008). A preHandler runs after the body is validated and before anything is written, so a refused
 * post writes nothing and an invalid one is not counted. It runs after `requireActiveUser` and reads the
 * account's age from what that loaded, so it adds no query of its own.
 */
export function createSpamLimiters(app: FastifyInstance, limits: Config['spamLimits']): SpamLimiters {
  const newAccountMs = limits.newAccountHours * HOUR_SECONDS * 1000
  const limiter = (max: number, what: 'articles' | 'comments'): preHandlerAsyncHookHandler[] => {
    if (newAccountMs <= 0 || max <= 0) return []
    const counter = keyedLimit(app, { max, windowSeconds: HOUR_SECONDS }, `spam-${what}`)
    return [
      async (request, reply) => {
        const { id } = signedIn(request)
        if (!request.account) throw unauthorized()
        const bornAt = new Date(request.account.createdAt).getTime()
        if (Date.now() - bornAt >= newAccountMs) return
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
