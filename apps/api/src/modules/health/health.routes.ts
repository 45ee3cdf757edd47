import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import { Type } from 'typebox'
import type { Db } from '../../db/database'

const Health = Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]) })

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
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
      try {
        await sql`select 1`.execute(db)
        return { status: 'ok' as const }
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const })
      }
    },
  )
}
