import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import type { Config } from '../config'

/**
 * The shared Redis client for rate-limit counters, closed with the app; loaded only when configured (a single
 * replica needs none). While it is unreachable, commands fail at once instead of waiting in ioredis's offline
 * queue for the next reconnect (which backs off to 2 s, and every sign-in waited for it), and the limits skip
 * counting (skipOnError: fail open, docs/decisions/008). Boot waits for the first connection briefly, so
 * counting starts with the first request, but starts without Redis too.
 */
export async function connectRedis(app: FastifyInstance, config: Config): Promise<Redis | undefined> {
  if (!config.redisUrl) return undefined
  const { Redis } = await import('ioredis')
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    connectTimeout: 500,
    commandTimeout: 500,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  })
  let reachable = true
  redis.on('error', (error: Error) => {
    if (reachable)
      app.log.warn({ err: error }, 'redis unreachable; rate limits are not counted until it is back')
    reachable = false
  })
  redis.on('ready', () => {
    if (!reachable) app.log.info('redis reachable again; rate limits count again')
    reachable = true
  })
  await redis.connect().catch(() => {})
  app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())))
  return redis
}
