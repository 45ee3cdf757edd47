import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyServerOptions } from 'fastify'
import type { Config } from './config'
import { createDatabase, type DatabaseHandle } from './db/database'
import { createMailQuota } from './modules/accounts/accounts.rate-limits'
import { startSuspensionSweep } from './modules/moderation/suspension-sweep'
import { registerAuth } from './plugins/auth'
import { registerCors } from './plugins/cors'
import { registerErrorHandling } from './plugins/errors'
import {
  acceptEmptyJson,
  closeConnectionsOnShutdown,
  registerRequestLog,
  registerValidators,
  serverOptions,
} from './plugins/http'
import { registerOutbox } from './plugins/mail'
import { registerOpenApi } from './plugins/openapi'
import { registerPageCache } from './plugins/page-cache'
import { registerRateLimit } from './plugins/rate-limit'
import { connectRedis } from './plugins/redis'
import { registerSecurityHeaders } from './plugins/security-headers'
import { apiRoutes } from './routes'
import { createServices } from './services'

export type BuildOptions = {
  /** A database the caller opened (tests); otherwise one is opened from config. Either closes with the app. */
  database?: DatabaseHandle
  logger?: FastifyServerOptions['logger']
}

/** The whole API, ready to listen or to be driven by `inject`; it never listens itself. */
export async function buildApp(config: Config, options: BuildOptions = {}) {
  const app = Fastify(serverOptions(config, options.logger)).withTypeProvider<TypeBoxTypeProvider>()
  registerValidators(app)
  acceptEmptyJson(app)
  registerRequestLog(app)
  closeConnectionsOnShutdown(app)

  const database = options.database ?? (await createDatabase(config.databaseUrl))
  app.addHook('onClose', async () => database.db.destroy())

  registerErrorHandling(app)
  registerSecurityHeaders(app)
  await registerCors(app, config)
  await registerRateLimit(app, await connectRedis(app, config))
  await registerOpenApi(app)

  const services = createServices(
    database,
    config,
    { outbox: registerOutbox(app, config), mailQuota: createMailQuota(app, config.mail.rateLimit) },
    (error) =>
      app.log.warn({ err: error }, 'change listener lost PostgreSQL; cached reads wait until it is back'),
  )
  app.addHook('onClose', () => services.changes.close())
  // Timed suspensions end by themselves; started once the app is ready, stopped before the database closes.
  let sweep: ReturnType<typeof startSuspensionSweep> | undefined
  app.addHook('onReady', async () => {
    sweep = startSuspensionSweep(services.moderation, config.suspensionSweepMs, app.log)
  })
  app.addHook('onClose', async () => sweep?.stop())
  registerAuth(app, services.accessTokens, {
    acceptsExpired: config.tokenMode === 'compat' ? services.sessions.vouchesForExpiredToken : null,
    isLive: services.accounts.isLive,
    accountStatus: services.users.accountStatus,
  })
  registerPageCache(app, services.pageCache)
  await app.register(apiRoutes, { prefix: '/api', services, config })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
