import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { sharedSchemas } from '../schemas/common'

const sharedIds = new Map<unknown, string>(
  sharedSchemas.map((schema) => [schema, String((schema as { $id?: string }).$id)]),
)

/**
 * Routes embed the shared schemas themselves (validation and serialization need no lookup); for the
 * document each embedded copy becomes a `$ref` to its component, so the generated client names it.
 */
function referShared(value: unknown): unknown {
  const id = sharedIds.get(value)
  if (id) return { $ref: `${id}#` }
  if (Array.isArray(value)) return value.map(referShared)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, referShared(inner)]))
}

/** Must be registered before the routes, which it collects as they are added. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  for (const schema of sharedSchemas) app.addSchema(schema)
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
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) => String(json.$id ?? `def-${index}`),
    },
    transform: ({ schema, url }) => ({ schema: referShared(schema) as typeof schema, url }),
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true }, config: { ignoreAccessToken: true } }, async () =>
    app.swagger(),
  )
}
