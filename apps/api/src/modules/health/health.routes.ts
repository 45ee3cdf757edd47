import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Health } from './health.schemas'
import type { HealthService } from './health.service'

export const healthRoutes: FastifyPluginAsyncTypebox<{ health: HealthService }> = async (app, { health }) => {
  app.get(
    '/health',
    {
      config: { ignoreAccessToken: true },
      schema: {
        operationId: 'GetHealth',
        tags: ['Health'],
        summary: 'Whether the API can reach its database',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      if (await health.isDatabaseReachable()) return { status: 'ok' as const }
      return reply.code(503).send({ status: 'unavailable' as const })
    },
  )
}
