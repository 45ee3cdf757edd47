import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import type { Config } from '../config'

/** The shared Redis client, closed with the app; loaded only when configured (a single replica needs none). */
export async function connectRedis(app: FastifyInstance, config: Config): Promise<Redis | undefined> {
  if (!config.redisUrl) return undefined
  const { Redis } = await import('ioredis')
  const redis = new Redis(config.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1 })
  app.addHook('onClose', async () => void (await redis.quit()))
  return redis
}
