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
  role: Generated<Role>
  /** Null when active; SUSPENDED_FOREVER (far future) for a suspension until lifted. */
  suspendedUntil: Timestamp | null
  suspensionReason: string | null
  createdAt: Timestamp
  updatedAt: Timestamp
}

export type Role = 'user' | 'moderator' | 'admin'

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
  /** Set while a moderator hides the article. */
  hiddenAt: Timestamp | null
  /** 1 while its author is suspended (an integer on both engines). */
  authorSuspended: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface TagsTable {
  id: Generated<number>
  name: string
}

/** A tag's count of listed articles, split over shards (see counter-shards.ts): the count is their sum. */
export interface TagCountsTable {
  tagId: number
  shard: number
  articlesCount: number
}

/** The listed-articles total, one row per shard (`id` = shard + 1): the total is their sum. */
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
  hiddenAt: Timestamp | null
  authorSuspended: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export type ReportTarget = 'article' | 'comment' | 'user'
export type ReportStatus = 'open' | 'resolved' | 'dismissed'

export interface ReportsTable {
  id: Generated<number>
  reporterId: number
  targetType: ReportTarget
  /** Target ids without foreign keys: a report outlives its target. Groups are (targetType, targetId). */
  targetId: number
  articleId: number | null
  commentId: number | null
  userId: number | null
  /** The slug, comment id or username as text, kept when the target is gone. */
  ref: string
  reason: string
  note: string | null
  status: Generated<ReportStatus>
  createdAt: Timestamp
  resolvedAt: Timestamp | null
  resolvedBy: number | null
}

/** Append-only: no route edits or deletes an entry. */
export interface AuditLogTable {
  id: Generated<number>
  actorId: number | null
  actorUsername: string
  action: string
  targetType: ReportTarget | 'report'
  ref: string
  reason: string | null
  createdAt: Timestamp
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
  tagCounts: TagCountsTable
  articleStats: ArticleStatsTable
  articleTags: ArticleTagsTable
  favorites: FavoritesTable
  comments: CommentsTable
  sessions: SessionsTable
  refreshTokens: RefreshTokensTable
  accountTokens: AccountTokensTable
  reports: ReportsTable
  auditLog: AuditLogTable
}
