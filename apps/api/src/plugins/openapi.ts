import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'

/** Must be registered before the routes, which it collects as they are added. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Conduit API',
        version: '1.0.0',
        description:
          'The RealWorld Conduit API, wire-compatible with the RealWorld spec, plus refresh tokens and sessions.',
      },
      components: {
        securitySchemes: {
          Token: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: 'Send `Token <jwt>` (or `Bearer <jwt>`), the `token` from login or registration.',
          },
        },
      },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true }, config: { ignoreAccessToken: true } }, async () =>
    app.swagger(),
  )
}
