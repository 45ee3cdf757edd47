import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../../config'
import { requestLimiter } from '../../plugins/rate-limit'

export type SignInLimiters = Record<'login' | 'register' | 'refresh', preHandlerAsyncHookHandler[]>

/**
 * Limits on the credential flows: per address on each, and per account on login (read from the body, so
 * spreading guesses over addresses does not help). Needs the rate-limit plugin registered first.
 */
export function createSignInLimiters(app: FastifyInstance, limits: Config['authRateLimit']): SignInLimiters {
  const { windowSeconds, perAccount, perIp } = limits
  const limiter = (max: number, key: (request: FastifyRequest) => string) =>
    requestLimiter(app, { max, windowSeconds }, key)
  const byIp = (scope: string) => (request: FastifyRequest) => `${scope}:ip:${request.ip}`
  const byAccount = (request: FastifyRequest) => {
    const body = request.body as { user?: { email?: unknown } } | undefined
    return `login:account:${String(body?.user?.email ?? '')
      .trim()
      .toLowerCase()}`
  }
  return {
    login: [...limiter(perIp, byIp('login')), ...limiter(perAccount, byAccount)],
    register: limiter(perIp, byIp('register')),
    refresh: limiter(perIp, byIp('refresh')),
  }
}
