import type { ReportStatus, ReportTarget } from '../../db/schema'
import { isSuspended, SUSPENDED_UNTIL_LIFTED } from '../users/users.service'
import type { AdminUserRow, ReportRow } from './moderation.repository'
import type { AdminUser, AuditEntry, Report, ReportGroup, ReportReason } from './moderation.schemas'

/** "Until lifted" goes out as null. */
const untilOf = (suspendedUntil: string | null, now: string) =>
  isSuspended(suspendedUntil, now) && suspendedUntil !== SUSPENDED_UNTIL_LIFTED ? suspendedUntil : null

export const toReport = (row: ReportRow): Report => ({
  id: row.id,
  target: row.targetType,
  article:
    row.targetType === 'user' ? null : (row.articleSlug ?? (row.targetType === 'article' ? row.ref : null)),
  comment: row.targetType === 'comment' ? row.targetId : null,
  user: row.targetType === 'user' ? (row.username ?? row.ref) : null,
  reason: row.reason as ReportReason,
  note: row.note,
  status: row.status,
  createdAt: row.createdAt,
})

export const toAdminUser = (row: AdminUserRow, now: string): AdminUser => ({
  username: row.username,
  email: row.email,
  image: row.image,
  bio: row.bio,
  role: row.role,
  createdAt: row.createdAt,
  suspended: isSuspended(row.suspendedUntil, now),
  suspendedUntil: untilOf(row.suspendedUntil, now),
  suspensionReason: isSuspended(row.suspendedUntil, now) ? row.suspensionReason : null,
})

const toGroupUser = (row: AdminUserRow, now: string) => ({
  username: row.username,
  image: row.image,
  bio: row.bio,
  role: row.role,
  suspendedUntil: untilOf(row.suspendedUntil, now),
  suspended: isSuspended(row.suspendedUntil, now),
})

export const toAuditEntry = (row: {
  id: number
  actorUsername: string
  action: string
  targetType: AuditEntry['target']
  ref: string
  reason: string | null
  createdAt: string
}): AuditEntry => ({
  id: row.id,
  actor: row.actorUsername,
  action: row.action,
  target: row.targetType,
  ref: row.ref,
  reason: row.reason,
  createdAt: row.createdAt,
})

/** The targets of a page of groups, as they are now (a deleted one is absent). */
export type GroupTargets = {
  articles: {
    id: number
    slug: string
    title: string
    description: string
    body: string
    hiddenAt: string | null
    username: string
  }[]
  comments: { id: number; body: string; hiddenAt: string | null; username: string; slug: string }[]
  users: AdminUserRow[]
}

/** One queue entry: the target as it is now (null when gone), and its reports newest first. */
export function toReportGroup(
  group: { targetType: ReportTarget; targetId: number; latestAt: unknown },
  status: ReportStatus,
  rows: readonly ReportRow[],
  targets: GroupTargets,
  now: string,
): ReportGroup {
  const reports = rows.filter((r) => r.targetType === group.targetType && r.targetId === group.targetId)
  const is = (type: ReportTarget) => group.targetType === type
  const article = is('article') ? targets.articles.find((a) => a.id === group.targetId) : undefined
  const comment = is('comment') ? targets.comments.find((c) => c.id === group.targetId) : undefined
  const user = is('user') ? targets.users.find((u) => u.id === group.targetId) : undefined
  const reasons: Record<string, number> = {}
  for (const report of reports) reasons[report.reason] = (reasons[report.reason] ?? 0) + 1
  return {
    target: group.targetType,
    article: article
      ? {
          slug: article.slug,
          title: article.title,
          description: article.description,
          body: article.body,
          hidden: article.hiddenAt !== null,
          author: article.username,
        }
      : null,
    comment: comment
      ? {
          id: comment.id,
          body: comment.body,
          hidden: comment.hiddenAt !== null,
          author: comment.username,
          article: comment.slug,
        }
      : null,
    user: user ? toGroupUser(user, now) : null,
    ref: article?.slug ?? user?.username ?? reports[0]?.ref ?? String(group.targetId),
    reportsCount: reports.length,
    reportIds: reports.map((r) => r.id),
    reasons,
    reports: reports.map((r) => ({
      id: r.id,
      reporter: r.reporterUsername,
      reason: r.reason as ReportReason,
      note: r.note,
      createdAt: r.createdAt,
    })),
    status,
    latestAt: String(group.latestAt),
  }
}
