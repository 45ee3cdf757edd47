import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { signedIn } from '../../plugins/auth'
import { ErrorResponse } from '../../schemas/common'
import { noContent, security } from '../../schemas/routes'
import { SessionParams, SessionsResponse } from './sessions.schemas'
import type { SessionsService } from './sessions.service'

const tags = ['Sessions']

export const sessionsRoutes: FastifyPluginAsyncTypebox<{ sessions: SessionsService }> = async (
  app,
  { sessions },
) => {
  app.get(
    '/user/sessions',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'ListSessions',
        tags,
        summary: "The caller's signed-in sessions",
        security,
        response: { 200: SessionsResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { id, sessionId } = signedIn(request)
      return { sessions: await sessions.list(id, sessionId) }
    },
  )

  app.delete(
    '/user/sessions',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'RevokeOtherSessions',
        tags,
        summary: 'Sign out every other device',
        security,
        response: { 204: noContent('Revoked'), 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { id, sessionId } = signedIn(request)
      await sessions.revokeOthers(id, sessionId)
      return reply.code(204).send(null)
    },
  )

  app.delete(
    '/user/sessions/:id',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'RevokeSession',
        tags,
        summary: 'Revoke one of the caller’s sessions',
        security,
        params: SessionParams,
        response: { 204: noContent('Revoked'), 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await sessions.revoke(signedIn(request).id, request.params.id)
      return reply.code(204).send(null)
    },
  )
}
