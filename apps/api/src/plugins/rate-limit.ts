import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'

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
