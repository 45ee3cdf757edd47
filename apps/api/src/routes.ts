import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Config } from './config'
import { accountsRoutes } from './modules/accounts/accounts.routes'
import { articlesRoutes } from './modules/articles/articles.routes'
import { sessionsRoutes } from './modules/auth/sessions.routes'
import { commentsRoutes } from './modules/comments/comments.routes'
import { feedsRoutes } from './modules/feeds/feeds.routes'
import { healthRoutes } from './modules/health/health.routes'
import { profilesRoutes } from './modules/profiles/profiles.routes'
import { tagsRoutes } from './modules/tags/tags.routes'
import { usersRoutes } from './modules/users/users.routes'
import type { Services } from './services'

/** Every module's routes, registered under `/api`. */
export const apiRoutes: FastifyPluginAsyncTypebox<{ services: Services; config: Config }> = async (
  api,
  { services, config },
) => {
  const { health, users, sessions, accounts, profiles, articles, comments, tags, feeds } = services
  await api.register(healthRoutes, { health })
  await api.register(usersRoutes, { users, sessions, signInLimits: config.authRateLimit })
  await api.register(sessionsRoutes, { sessions })
  await api.register(accountsRoutes, { accounts, limits: config.authRateLimit })
  await api.register(profilesRoutes, { profiles })
  await api.register(articlesRoutes, { articles })
  await api.register(commentsRoutes, { comments })
  await api.register(tagsRoutes, { tags })
  await api.register(feedsRoutes, { feeds })
}
