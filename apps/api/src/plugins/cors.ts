import cors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config'

export async function registerCors(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(cors, {
    origin: config.corsOrigin === '*' ? '*' : config.corsOrigin.split(','),
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Requested-With', 'If-Match'],
    // Editors read an article's ETag to send it back as If-Match.
    exposedHeaders: ['ETag'],
    maxAge: 600,
  })
}
