import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Config } from './config'
import { accountsRoutes } from './modules/accounts/accounts.routes'
import { articlesRoutes } from './modules/articles/articles.routes'
import { sessionsRoutes } from './modules/auth/sessions.routes'
import { commentsRoutes } from './modules/comments/comments.routes'
import { feedsRoutes } from './modules/feeds/feeds.routes'
import { healthRoutes } from './modules/health/health.routes'
import { moderationRoutes } from './modules/moderation/moderation.routes'
import { profilesRoutes } from './modules/profiles/profiles.routes'
import { tagsRoutes } from './modules/tags/tags.routes'
import { usersRoutes } from './modules/users/users.routes'
import { createSpamLimiters } from './plugins/spam-limits'
import type { Services } from './services'

/** Every module's routes, registered under `/api`. */
export const apiRoutes: FastifyPluginAsyncTypebox<{ services: Services; config: Config }> = async (
  api,
  { services, config },
) => {
  const { health, users, sessions, accounts, profiles, articles, comments, tags, feeds, moderation } =
    services
  await api.register(healthRoutes, { health })
  await api.register(usersRoutes, { users, sessions, signInLimits: config.authRateLimit })
  await api.register(sessionsRoutes, { sessions })
  await api.register(accountsRoutes, { accounts, limits: config.authRateLimit })
  await api.register(profilesRoutes, { profiles })
  const spamLimits = createSpamLimiters(api, config.spamLimits)
  await api.register(articlesRoutes, { articles, spamLimit: spamLimits.article })
  await api.register(commentsRoutes, { comments, spamLimit: spamLimits.comment })
  await api.register(tagsRoutes, { tags })
  await api.register(feedsRoutes, { feeds })
  await api.register(moderationRoutes, { moderation, reportsPerHour: config.reportsPerHour })
}
