import type { Generated } from 'kysely'

/** Timestamps are ISO-8601 UTC strings of fixed width, so they sort as text on both engines. */
type Timestamp = string

export interface UsersTable {
  id: Generated<number>
  username: string
  email: string
  passwordHash: string
  bio: string
  image: string | null
  articlesCount: Generated<number>
  emailVerifiedAt: Timestamp | null
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface AccountTokensTable {
  tokenHash: string
  userId: number
  purpose: 'password-reset' | 'email-verification'
  email: string
  passwordFingerprint: string
  createdAt: Timestamp
  expiresAt: Timestamp
  usedAt: Timestamp | null
}

export interface FollowsTable {
  followerId: number
  followedId: number
}

export interface ArticlesTable {
  id: Generated<number>
  slug: string
  title: string
  description: string
  body: string
  authorId: number
  favoritesCount: Generated<number>
  /** 1 when published, 0 for a draft (an integer on both engines). */
  published: number
  /** Set on first publication and kept through unpublishing. */
  publishedAt: Timestamp | null
  /** Grows with every edit; an article's ETag is derived from it. */
  version: Generated<number>
  /** Opens a draft to whoever holds it; rotated by its author. */
  previewToken: string | null
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface TagsTable {
  id: Generated<number>
  name: string
  articlesCount: Generated<number>
}

export interface ArticleStatsTable {
  id: number
  articlesCount: number
}

export interface ArticleTagsTable {
  articleId: number
  tagId: number
}

export interface FavoritesTable {
  userId: number
  articleId: number
}

export interface CommentsTable {
  id: Generated<number>
  articleId: number
  authorId: number
  body: string
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface SessionsTable {
  id: string
  userId: number
  userAgent: string | null
  createdAt: Timestamp
  lastUsedAt: Timestamp
  revokedAt: Timestamp | null
  rotatedAt: Timestamp | null
}

export interface RefreshTokensTable {
  tokenHash: string
  sessionId: string
  createdAt: Timestamp
  expiresAt: Timestamp
  spentAt: Timestamp | null
}

export interface Database {
  users: UsersTable
  follows: FollowsTable
  articles: ArticlesTable
  tags: TagsTable
  articleStats: ArticleStatsTable
  articleTags: ArticleTagsTable
  favorites: FavoritesTable
  comments: CommentsTable
  sessions: SessionsTable
  refreshTokens: RefreshTokensTable
  accountTokens: AccountTokensTable
}
