import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../../config'
import { keyedQuota, type Quota, requestLimiter } from '../../plugins/rate-limit'

export type AccountLimiters = Record<'passwordReset' | 'accountToken', preHandlerAsyncHookHandler[]>

/**
 * Per address, like sign-in (users.rate-limits.ts): asking for reset mails, and guessing mailed tokens.
 * Needs the rate-limit plugin registered first.
 */
export function createAccountLimiters(
  app: FastifyInstance,
  limits: Config['authRateLimit'],
): AccountLimiters {
  const { windowSeconds, perIp } = limits
  const byIp = (scope: string) => (request: FastifyRequest) => `${scope}:ip:${request.ip}`
  return {
    passwordReset: requestLimiter(app, { max: perIp, windowSeconds }, byIp('password-reset')),
    accountToken: requestLimiter(app, { max: perIp, windowSeconds }, byIp('account-token')),
  }
}

/**
 * Mails per key (an address, an account) per window, counted in the rate limiter's store, so replicas sharing
 * Redis share the count. Going over sends nothing rather than answering 429 (see accounts.service.ts).
 */
export function createMailQuota(app: FastifyInstance, limit: Config['mail']['rateLimit']): Quota {
  return keyedQuota(app, { max: limit.perAccount, windowSeconds: limit.windowSeconds }, 'mail')
}
