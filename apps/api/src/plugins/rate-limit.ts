import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Redis } from 'ioredis'
import { tooManyRequests } from '../lib/app-error'

/**
 * Rate limiting is opt-in per route (`app.createRateLimit`). Counters live in Redis when there is one, so
 * every replica counts together; without it each keeps its own in memory. A Redis outage lets requests through.
 */
export async function registerRateLimit(app: FastifyInstance, redis: Redis | undefined): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'conduit-rl-' } : {}),
    skipOnError: true,
  })
}

export type Limit = { max: number; windowSeconds: number }

/**
 * A route's preHandler that answers 429 once `key` has been counted `max` times in the window; none when
 * `max` is 0. createRateLimit rather than the plugin's route option: that one runs once per request, and a
 * route may need two counters (sign-in counts per address and per account).
 */
export function requestLimiter(
  app: FastifyInstance,
  { max, windowSeconds }: Limit,
  key: (request: FastifyRequest) => string,
): preHandlerAsyncHookHandler[] {
  if (max <= 0) return []
  const check = app.createRateLimit({ max, timeWindow: windowSeconds * 1000, keyGenerator: key })
  return [
    async (request, reply) => {
      const limit = await check(request)
      if (!limit.isAllowed && limit.isExceeded) {
        reply.header('retry-after', String(limit.ttlInSeconds))
        throw tooManyRequests(`${limit.ttlInSeconds} seconds`)
      }
    },
  ]
}

/** Counts events per key in the limiter's store, outside any request; `take` is false once the key is spent. */
export type Quota = { take(key: string): Promise<boolean> }

/** A quota that also says how long until a spent key is allowed again, for a 429's `retry-after`. */
export type KeyedLimit = {
  take(key: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>
}

/**
 * The limiter reads its key from a request; the one given here carries only the key. Redis errors let the
 * event through at once (skipOnError, decision 008).
 */
export function keyedLimit(app: FastifyInstance, { max, windowSeconds }: Limit, scope: string): KeyedLimit {
  if (max <= 0) return { take: async () => ({ allowed: true }) }
  const check = app.createRateLimit({
    max,
    timeWindow: windowSeconds * 1000,
    keyGenerator: (request) => `${scope}:${(request as unknown as { quotaKey: string }).quotaKey}`,
  })
  return {
    async take(key) {
      const carrier = { quotaKey: key, routeOptions: { config: {} } } as unknown as FastifyRequest
      const result = await check(carrier)
      if (result.isAllowed || !result.isExceeded) return { allowed: true }
      return { allowed: false, retryAfterSeconds: Math.max(1, result.ttlInSeconds) }
    },
  }
}

export function keyedQuota(app: FastifyInstance, limit: Limit, scope: string): Quota {
  const counted = keyedLimit(app, limit, scope)
  return { take: async (key) => (await counted.take(key)).allowed }
}
