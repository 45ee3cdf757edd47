import type { Config } from './config'
import { createContentChanges } from './db/content-changes'
import type { DatabaseHandle } from './db/database'
import { createArticlesRepository } from './modules/articles/articles.repository'
import { createArticlesService } from './modules/articles/articles.service'
import { createPageCache } from './modules/articles/page-cache'
import { createAccessTokens } from './modules/auth/access-tokens'
import { createSessionsRepository } from './modules/auth/sessions.repository'
import { createSessionsService } from './modules/auth/sessions.service'
import { createCommentsRepository } from './modules/comments/comments.repository'
import { createCommentsService } from './modules/comments/comments.service'
import { createHealthRepository } from './modules/health/health.repository'
import { createHealthService } from './modules/health/health.service'
import { createProfilesRepository } from './modules/profiles/profiles.repository'
import { createProfilesService } from './modules/profiles/profiles.service'
import { createTagsRepository } from './modules/tags/tags.repository'
import { createTagsService } from './modules/tags/tags.service'
import { createUsersRepository } from './modules/users/users.repository'
import { createUsersService } from './modules/users/users.service'

export type Services = ReturnType<typeof createServices>

/** Every module's service, each given its repository and the services it calls. */
export function createServices(
  database: DatabaseHandle,
  config: Config,
  onListenerError: (error: unknown) => void = () => {},
) {
  const { db, dialect } = database
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
  const users = createUsersService({ db, changes, users: createUsersRepository(db), sessions })
  const profiles = createProfilesService({ changes, profiles: createProfilesRepository(db) })
  const tags = createTagsService(createTagsRepository(db))
  const articles = createArticlesService({
    changes,
    articles: createArticlesRepository(db, dialect),
    tags,
    users,
  })
  return {
    changes,
    accessTokens,
    sessions,
    users,
    profiles,
    tags,
    articles,
    comments: createCommentsService({ comments: createCommentsRepository(db), articles, profiles }),
    health: createHealthService(createHealthRepository(db)),
    pageCache: createPageCache({ changes, maxBytes: config.pageCacheBytes }),
  }
}
