import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { MailQuota } from '../modules/accounts/accounts.service'

/**
 * Mails per key (an address, an account) per window, counted in the rate limiter's store, so replicas
 * sharing Redis share the count. Needs @fastify/rate-limit registered (plugins/security.ts). The limiter
 * reads its key from a request; the one given here carries only the key.
 */
export function createMailQuota(
  app: FastifyInstance,
  limit: { max: number; windowSeconds: number },
): MailQuota {
  if (limit.max <= 0) return { take: async () => true }
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.windowSeconds * 1000,
    keyGenerator: (request) => `mail:${(request as unknown as { quotaKey: string }).quotaKey}`,
  })
  return {
    async take(key) {
      const carrier = { quotaKey: key, routeOptions: { config: {} } } as unknown as FastifyRequest
      const result = await check(carrier)
      return result.isAllowed || !result.isExceeded
    },
  }
}
