import type { Config } from './config'
import { createContentChanges } from './db/content-changes'
import type { DatabaseHandle } from './db/database'
import type { Outbox } from './mail/outbox'
import { createAccountMail } from './modules/accounts/account-mail'
import { createAccountsRepository } from './modules/accounts/accounts.repository'
import { createAccountsService, type MailQuota } from './modules/accounts/accounts.service'
import { createArticleSearchRepository } from './modules/articles/article-search.repository'
import { createArticlesRepository } from './modules/articles/articles.repository'
import { createArticlesService } from './modules/articles/articles.service'
import { createSearchCache } from './modules/articles/search-cache'
import { createAccessTokens } from './modules/auth/access-tokens'
import { createSessionsRepository } from './modules/auth/sessions.repository'
import { createSessionsService } from './modules/auth/sessions.service'
import { createCommentsRepository } from './modules/comments/comments.repository'
import { createCommentsService } from './modules/comments/comments.service'
import { createFeedsService } from './modules/feeds/feeds.service'
import { createHealthRepository } from './modules/health/health.repository'
import { createHealthService } from './modules/health/health.service'
import { createModerationRepository } from './modules/moderation/moderation.repository'
import { createModerationService } from './modules/moderation/moderation.service'
import { createProfilesRepository } from './modules/profiles/profiles.repository'
import { createProfilesService } from './modules/profiles/profiles.service'
import { createTagsRepository } from './modules/tags/tags.repository'
import { createTagsService } from './modules/tags/tags.service'
import { createUsersRepository } from './modules/users/users.repository'
import { createUsersService } from './modules/users/users.service'
import { createPageCache } from './plugins/page-cache'

export type Services = ReturnType<typeof createServices>

/** What services need from the app: where mail goes, and the mail quota kept in the rate limiter's store. */
export type ServiceInfrastructure = { outbox: Outbox; mailQuota: MailQuota }

/** Every module's service, each given its repository and the services it calls. */
export function createServices(
  database: DatabaseHandle,
  config: Config,
  infra: ServiceInfrastructure,
  onListenerError: (error: unknown) => void = () => {},
) {
  const { db, dialect } = database
  const { outbox, mailQuota } = infra
  const changes = createContentChanges(database, { onError: onListenerError })
  const accessTokens = createAccessTokens({
    secret: config.jwtSecret,
    ttlSeconds: config.accessTokenTtl,
    sessionTtl: config.refreshTokenTtl,
  })
  const sessions = createSessionsService({
    db,
    sessions: createSessionsRepository(db),
    accessTokens,
    refreshTokenTtl: config.refreshTokenTtl,
  })
  const accountsRepository = createAccountsRepository(db)
  const accountMail = createAccountMail({
    accounts: accountsRepository,
    appUrl: config.appUrl,
    passwordResetTtl: config.passwordResetTtl,
    emailVerificationTtl: config.emailVerificationTtl,
  })
  const users = createUsersService({
    db,
    changes,
    users: createUsersRepository(db),
    sessions,
    outbox,
    mail: accountMail,
  })
  const profiles = createProfilesService({ changes, profiles: createProfilesRepository(db) })
  const tags = createTagsService(createTagsRepository(db))
  const articles = createArticlesService({
    changes,
    articles: createArticlesRepository(db, dialect),
    search: createArticleSearchRepository(db, dialect),
    searchCache: createSearchCache({ changes, maxBytes: config.searchCacheBytes }),
    tags,
    users,
  })
  const comments = createCommentsService({
    comments: createCommentsRepository(db),
    articles,
    profiles,
    users,
  })
  return {
    changes,
    accessTokens,
    sessions,
    users,
    accounts: createAccountsService({
      changes,
      accounts: accountsRepository,
      users,
      articles,
      accountMail,
      outbox,
      mailQuota,
    }),
    profiles,
    tags,
    articles,
    comments,
    moderation: createModerationService({
      changes,
      moderation: createModerationRepository(db, dialect),
      articles,
      comments,
      users,
      sessions,
    }),
    feeds: createFeedsService({ articles, appUrl: config.appUrl }),
    health: createHealthService(createHealthRepository(db)),
    pageCache: createPageCache({ changes, maxBytes: config.pageCacheBytes }),
  }
}
