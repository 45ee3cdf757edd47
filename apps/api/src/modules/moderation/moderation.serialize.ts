import { SUSPENDED_UNTIL_LIFTED } from '../users/users.service'
import type { AdminUserRow, ReportRow } from './moderation.repository'
import type { AdminUser, AuditEntry, Report, ReportReason } from './moderation.schemas'

/** Suspended now: a suspension past its end counts as over even before the sweep clears it. */
export const isSuspendedNow = (suspendedUntil: string | null, now: string) =>
  suspendedUntil !== null && suspendedUntil > now

/** "Until lifted" goes out as null. */
const untilOf = (suspendedUntil: string | null, now: string) =>
  isSuspendedNow(suspendedUntil, now) && suspendedUntil !== SUSPENDED_UNTIL_LIFTED ? suspendedUntil : null

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
  suspended: isSuspendedNow(row.suspendedUntil, now),
  suspendedUntil: untilOf(row.suspendedUntil, now),
  suspensionReason: isSuspendedNow(row.suspendedUntil, now) ? row.suspensionReason : null,
})

export const toGroupUser = (row: AdminUserRow, now: string) => ({
  username: row.username,
  image: row.image,
  bio: row.bio,
  role: row.role,
  suspendedUntil: untilOf(row.suspendedUntil, now),
  suspended: isSuspendedNow(row.suspendedUntil, now),
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
