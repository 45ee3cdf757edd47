import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import Fastify, { type FastifyServerOptions, LogController } from 'fastify'
import type { Config } from './config'
import { contentVersionReader } from './db/content-version'
import { createDatabase, type DatabaseHandle } from './db/database'
import { createArticleSearchRepository } from './modules/articles/article-search.repository'
import { createArticlesRepository } from './modules/articles/articles.repository'
import { articlesRoutes } from './modules/articles/articles.routes'
import { createArticlesService } from './modules/articles/articles.service'
import { createPageCache } from './modules/articles/page-cache'
import { createAccessTokens } from './modules/auth/access-tokens'
import { createSessionsRepository } from './modules/auth/sessions.repository'
import { sessionsRoutes } from './modules/auth/sessions.routes'
import { createSessionsService } from './modules/auth/sessions.service'
import { createCommentsRepository } from './modules/comments/comments.repository'
import { commentsRoutes } from './modules/comments/comments.routes'
import { createCommentsService } from './modules/comments/comments.service'
import { feedsRoutes } from './modules/feeds/feeds.routes'
import { createFeedsService } from './modules/feeds/feeds.service'
import { createHealthRepository } from './modules/health/health.repository'
import { healthRoutes } from './modules/health/health.routes'
import { createHealthService } from './modules/health/health.service'
import { createProfilesRepository } from './modules/profiles/profiles.repository'
import { profilesRoutes } from './modules/profiles/profiles.routes'
import { createProfilesService } from './modules/profiles/profiles.service'
import { createTagsRepository } from './modules/tags/tags.repository'
import { tagsRoutes } from './modules/tags/tags.routes'
import { createTagsService } from './modules/tags/tags.service'
import { createUsersRepository } from './modules/users/users.repository'
import { usersRoutes } from './modules/users/users.routes'
import { createUsersService } from './modules/users/users.service'
import { registerAuth } from './plugins/auth'
import { answerFrameworkError, answerMalformedRequest, registerErrorHandling } from './plugins/errors'
import { registerOpenApi } from './plugins/openapi'
import { registerSecurity } from './plugins/security'

export type BuildOptions = {
  /** A database the caller opened (tests); otherwise one is opened from config and closed with the app. */
  database?: DatabaseHandle
  logger?: FastifyServerOptions['logger']
}

function buildValidators() {
  const common = { allErrors: true, strict: false, useDefaults: true, unicodeRegExp: true } as const
  // Bodies are JSON and must carry the right types; query strings and params are text and are converted.
  const body = addFormats(new Ajv({ ...common, coerceTypes: false }))
  const text = addFormats(new Ajv({ ...common, coerceTypes: true }))
  return { body, text }
}

function trustProxyOption(value: string): boolean | string {
  if (value === 'true') return true
  if (value === 'false' || value === '') return false
  return value
}

export async function buildApp(config: Config, options: BuildOptions = {}) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimit,
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: 'x-request-id',
    // One line per request (our onResponse hook) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 500, ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerMalformedRequest,
  }).withTypeProvider<TypeBoxTypeProvider>()

  const validators = buildValidators()
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? validators.body : validators.text).compile(schema),
  )

  // RealWorld clients send `Content-Type: application/json` with no body on follow and favorite.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined)
    parseJson(request, body.toString(), done)
  })

  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
    done()
  })

  // Answers sent while closing end their keep-alive connection: an idle one would hold close() open for
  // the keep-alive timeout (72 s), past the shutdown's 10 s, and the process would exit 1.
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close')
    done(null, payload)
  })

  const database = options.database ?? (await createDatabase(config.databaseUrl))
  const { db } = database
  app.addHook('onClose', async () => db.destroy())

  registerErrorHandling(app)
  const limiters = await registerSecurity(app, config)
  await registerOpenApi(app)

  const accessTokens = createAccessTokens(config.jwtSecret, config.accessTokenTtl)
  registerAuth(app, accessTokens)

  const sessions = createSessionsService({
    db,
    sessions: createSessionsRepository(db),
    accessTokens,
    refreshTokenTtl: config.refreshTokenTtl,
  })
  const users = createUsersService({ db, users: createUsersRepository(db), sessions })
  const profiles = createProfilesService({ db, profiles: createProfilesRepository(db) })
  const tags = createTagsService(createTagsRepository(db))
  const articles = createArticlesService({
    db,
    articles: createArticlesRepository(db, database.dialect),
    search: createArticleSearchRepository(db, database.dialect),
    tags,
    users,
  })
  const comments = createCommentsService({ comments: createCommentsRepository(db), articles, profiles })

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { health: createHealthService(createHealthRepository(db)) })
      await api.register(usersRoutes, { users, sessions, limiters })
      await api.register(sessionsRoutes, { sessions })
      await api.register(profilesRoutes, { profiles })
      await api.register(articlesRoutes, {
        articles,
        pageCache: createPageCache({
          readVersion: contentVersionReader(db),
          maxBytes: config.pageCacheBytes,
        }),
      })
      await api.register(commentsRoutes, { comments })
      await api.register(tagsRoutes, { tags })
      await api.register(feedsRoutes, { feeds: createFeedsService({ articles, appUrl: config.appUrl }) })
    },
    { prefix: '/api' },
  )

  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
