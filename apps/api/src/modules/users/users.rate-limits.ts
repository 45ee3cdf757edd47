import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../../config'
import { tooManyRequests } from '../../lib/app-error'

export type SignInLimiters = Record<'login' | 'register' | 'refresh', preHandlerAsyncHookHandler[]>

/**
 * Limits on the credential flows: per address on each, and per account on login (read from the body, so
 * spreading guesses over addresses does not help). Needs the rate-limit plugin registered first.
 */
export function createSignInLimiters(app: FastifyInstance, limits: Config['authRateLimit']): SignInLimiters {
  const { windowSeconds, perAccount, perIp } = limits
  // createRateLimit rather than rateLimit: the latter runs once per request, and sign-in needs two counters.
  const limiter = (max: number, key: (request: FastifyRequest) => string): preHandlerAsyncHookHandler[] => {
    if (max <= 0) return []
    const check = app.createRateLimit({ max, timeWindow: windowSeconds * 1000, keyGenerator: key })
    return [
      async (request) => {
        const limit = await check(request)
        if (!limit.isAllowed && limit.isExceeded) throw tooManyRequests(`${limit.ttlInSeconds} seconds`)
      },
    ]
  }
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
