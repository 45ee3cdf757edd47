import type { ContentChanges } from '../../db/content-changes'
import type { Db } from '../../db/database'
import type { ReportStatus, ReportTarget, Role } from '../../db/schema'
import { AppError, notFound, unprocessable } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import { uniqueViolationColumn } from '../../lib/db-errors'
import type { ArticlesService } from '../articles/articles.service'
import type { SessionsService } from '../auth/sessions.service'
import type { CommentsService } from '../comments/comments.service'
import { SUSPENDED_UNTIL_LIFTED, type UsersService } from '../users/users.service'
import type { ModerationRepository, TargetKey } from './moderation.repository'
import type { CreateReportInput, ReportGroup } from './moderation.schemas'
import { toAdminUser, toAuditEntry, toGroupUser, toReport } from './moderation.serialize'

export type ModerationService = ReturnType<typeof createModerationService>

/** Who acts, with the role `requireActiveUser` just read from the database. */
export type Actor = { id: number; role: Role }

type Page = { limit: number; offset: number }

const notYours = () => new AppError(403, { user: ['cannot change your own account'] })

/** The target a report names: exactly one of an article, a comment (with its article) or a user. */
function targetKind(input: CreateReportInput): ReportTarget {
  const { article, comment, user } = input
  if (user !== undefined && article === undefined && comment === undefined) return 'user'
  if (article !== undefined && user === undefined) return comment === undefined ? 'article' : 'comment'
  throw unprocessable({ report: ['must name one target'] })
}

/** `until` as stored: a future instant, or the sentinel for "until lifted". */
function suspensionEnd(until: string | null | undefined, now: string): string {
  if (until === null || until === undefined) return SUSPENDED_UNTIL_LIFTED
  const date = new Date(until)
  if (Number.isNaN(date.getTime())) throw unprocessable({ until: ['is not a valid date'] })
  const end = timestamp(date)
  if (end <= now) throw unprocessable({ until: ['must be in the future'] })
  return end
}

export function createModerationService(deps: {
  changes: ContentChanges
  moderation: ModerationRepository
  articles: ArticlesService
  comments: CommentsService
  users: UsersService
  sessions: SessionsService
}) {
  const { changes, moderation, articles, comments, users, sessions } = deps

  /** Every action closes the open reports on its target and writes one audit entry, in its transaction. */
  async function settle(
    tx: Db,
    actor: Actor,
    action: { name: string; key: TargetKey; ref: string; reason: string | null; withCommentsOf?: number },
  ) {
    const now = timestamp()
    await moderation.closeReports(tx, action.key, {
      status: 'resolved',
      by: actor.id,
      now,
      ...(action.withCommentsOf === undefined ? {} : { withCommentsOf: action.withCommentsOf }),
    })
    await moderation.audit(tx, {
      actorId: actor.id,
      action: action.name,
      targetType: action.key.targetType,
      ref: action.ref,
      reason: action.reason,
      now,
    })
  }

  async function findUser(username: string) {
    const user = await moderation.findUser(username)
    if (!user) throw notFound('user')
    return user
  }

  /** Moderators handle users; only admins handle staff; nobody handles their own account. */
  async function findSuspendable(username: string, actor: Actor) {
    const user = await findUser(username)
    if (user.id === actor.id) throw notYours()
    if (actor.role !== 'admin' && user.role !== 'user')
      throw new AppError(403, { user: ['is staff: only an admin can suspend them'] })
    return user
  }

  /**
   * Marks (or unmarks) everything a user wrote as their suspension has it, inside the caller's transaction,
   * and reports what reads change: their articles, their profile and lists.
   */
  async function applySuspension(
    tx: Db,
    changed: (change: { articleIds: number[]; authorIds: number[] }) => Promise<void>,
    userId: number,
    suspended: boolean,
  ) {
    const articleIds = await articles.setAuthorSuspended(tx, userId, suspended)
    await comments.setAuthorSuspended(tx, userId, suspended)
    await changed({ articleIds, authorIds: [userId] })
  }

  async function adminUser(username: string) {
    return toAdminUser(await findUser(username), timestamp())
  }

  async function setArticleHidden(slug: string, actor: Actor, hidden: boolean, reason: string | null) {
    const article = await articles.find(slug)
    await changes.transaction(async (tx, changed) => {
      await changed({ articleIds: [article.id], authorIds: [article.authorId] })
      await articles.setHidden(tx, article, hidden ? timestamp() : null)
      await settle(tx, actor, {
        name: hidden ? 'article.hide' : 'article.restore',
        key: { targetType: 'article', targetId: article.id },
        ref: article.slug,
        reason,
      })
    })
    return (await articles.get(slug, actor.id)).article
  }

  async function setCommentHidden(id: number, actor: Actor, hidden: boolean, reason: string | null) {
    const comment = await comments.findForModerator(id)
    await changes.transaction(async (tx, changed) => {
      // Comment lists are not cached; the article's read is reported in case they ever are.
      await changed({ articleIds: [comment.articleId] })
      await comments.setHidden(tx, id, hidden ? timestamp() : null)
      await settle(tx, actor, {
        name: hidden ? 'comment.hide' : 'comment.restore',
        key: { targetType: 'comment', targetId: id },
        ref: String(id),
        reason,
      })
    })
    return comments.present(await comments.findForModerator(id), actor.id)
  }

  return {
    /** 201 with the new report, or 200 with the reporter's open one on the same target. */
    async report(reporterId: number, input: CreateReportInput) {
      const kind = targetKind(input)
      let target: {
        key: TargetKey
        ref: string
        articleId: number | null
        commentId: number | null
        userId: number | null
      }
      if (kind === 'user') {
        const user = await users.findByUsername(input.user ?? '')
        if (!user) throw notFound('user')
        target = {
          key: { targetType: 'user', targetId: user.id },
          ref: user.username,
          articleId: null,
          commentId: null,
          userId: user.id,
        }
      } else if (kind === 'article') {
        const articleId = await articles.idVisibleTo(input.article ?? '', reporterId)
        target = {
          key: { targetType: 'article', targetId: articleId },
          ref: input.article ?? '',
          articleId,
          commentId: null,
          userId: null,
        }
      } else {
        const comment = await comments.findVisible(input.article ?? '', input.comment ?? 0, reporterId)
        target = {
          key: { targetType: 'comment', targetId: comment.id },
          ref: String(comment.id),
          articleId: comment.articleId,
          commentId: comment.id,
          userId: null,
        }
      }
      const existing = await moderation.findOpenReport(reporterId, target.key)
      if (existing) return { report: toReport(existing), created: false }
      let id: number
      try {
        id = await moderation.insertReport({
          reporterId,
          ...target,
          reason: input.reason,
          note: input.note?.trim() || null,
          now: timestamp(),
        })
      } catch (error) {
        // The same reporter's concurrent repeat won the partial unique index.
        const raced = uniqueViolationColumn(error)
          ? await moderation.findOpenReport(reporterId, target.key)
          : undefined
        if (!raced) throw error
        return { report: toReport(raced), created: false }
      }
      const row = await moderation.findReport(id)
      if (!row) throw notFound('report')
      return { report: toReport(row), created: true }
    },

    /** Targets with reports in `status`, the latest reported first, each with its reports and reasons. */
    async queue(status: ReportStatus, page: Page) {
      const [groups, reportGroupsCount] = await Promise.all([
        moderation.groupsPage(status, page.limit, page.offset),
        moderation.countGroups(status),
      ])
      const rows = await moderation.reportsOf(status, groups)
      const idsOf = (type: ReportTarget) => groups.filter((g) => g.targetType === type).map((g) => g.targetId)
      const [articleRows, commentRows, userRows] = await Promise.all([
        moderation.articlesByIds(idsOf('article')),
        moderation.commentsByIds(idsOf('comment')),
        moderation.usersByIds(idsOf('user')),
      ])
      const now = timestamp()
      const reportGroups = groups.map((group): ReportGroup => {
        const reports = rows.filter((r) => r.targetType === group.targetType && r.targetId === group.targetId)
        const article =
          group.targetType === 'article' ? articleRows.find((a) => a.id === group.targetId) : undefined
        const comment =
          group.targetType === 'comment' ? commentRows.find((c) => c.id === group.targetId) : undefined
        const user = group.targetType === 'user' ? userRows.find((u) => u.id === group.targetId) : undefined
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
            reason: toReport(r).reason,
            note: r.note,
            createdAt: r.createdAt,
          })),
          status,
          latestAt: String(group.latestAt),
        }
      })
      return { reportGroups, reportGroupsCount }
    },

    hideArticle: (slug: string, actor: Actor, reason: string | null) =>
      setArticleHidden(slug, actor, true, reason),
    restoreArticle: (slug: string, actor: Actor, reason: string | null) =>
      setArticleHidden(slug, actor, false, reason),

    /** Its tags, favourites and comments go with it, it leaves every counter, and reports on it close. */
    async deleteArticle(slug: string, actor: Actor) {
      const article = await articles.find(slug)
      await changes.transaction(async (tx, changed) => {
        await changed({ articleIds: [article.id], authorIds: [article.authorId] })
        await articles.removeInTransaction(tx, article)
        await settle(tx, actor, {
          name: 'article.delete',
          key: { targetType: 'article', targetId: article.id },
          ref: article.slug,
          reason: null,
          withCommentsOf: article.id,
        })
      })
    },

    hideComment: (id: number, actor: Actor, reason: string | null) =>
      setCommentHidden(id, actor, true, reason),
    restoreComment: (id: number, actor: Actor, reason: string | null) =>
      setCommentHidden(id, actor, false, reason),

    async deleteComment(id: number, actor: Actor) {
      const comment = await comments.findForModerator(id)
      await changes.transaction(async (tx, changed) => {
        await changed({ articleIds: [comment.articleId] })
        await comments.removeInTransaction(tx, id)
        await settle(tx, actor, {
          name: 'comment.delete',
          key: { targetType: 'comment', targetId: id },
          ref: String(id),
          reason: null,
        })
      })
    },

    /** Dismisses every open report in the report's group; answers the report as it is now. */
    async dismiss(reportId: number, actor: Actor) {
      const report = await moderation.findReport(reportId)
      if (!report) throw notFound('report')
      await changes.transaction(async (tx) => {
        const now = timestamp()
        await moderation.closeReports(tx, report, { status: 'dismissed', by: actor.id, now })
        await moderation.audit(tx, {
          actorId: actor.id,
          action: 'report.dismiss',
          targetType: 'report',
          ref: String(report.id),
          reason: null,
          now,
        })
      })
      const row = await moderation.findReport(reportId)
      if (!row) throw notFound('report')
      return toReport(row)
    },

    async users(q: string | undefined, page: Page) {
      const [rows, usersCount] = await Promise.all([
        moderation.usersPage(q, page.limit, page.offset),
        moderation.countUsers(q),
      ])
      const now = timestamp()
      return { users: rows.map((row) => toAdminUser(row, now)), usersCount }
    },

    /**
     * Suspends at once: every session is revoked, writes are refused from the next request on, and the
     * user's articles and comments leave every list and counter while it lasts (docs/decisions/016).
     */
    async suspend(username: string, actor: Actor, input: { reason: string; until?: string | null }) {
      const user = await findSuspendable(username, actor)
      const until = suspensionEnd(input.until, timestamp())
      await changes.transaction(async (tx, changed) => {
        await users.setSuspension(tx, user.id, { until, reason: input.reason })
        await sessions.revokeAll(user.id, tx)
        await applySuspension(tx, changed, user.id, true)
        await settle(tx, actor, {
          name: 'user.suspend',
          key: { targetType: 'user', targetId: user.id },
          ref: user.username,
          reason: input.reason,
        })
      })
      return adminUser(username)
    },

    async unsuspend(username: string, actor: Actor) {
      const user = await findSuspendable(username, actor)
      await changes.transaction(async (tx, changed) => {
        await users.setSuspension(tx, user.id, { until: null, reason: null })
        await applySuspension(tx, changed, user.id, false)
        await settle(tx, actor, {
          name: 'user.unsuspend',
          key: { targetType: 'user', targetId: user.id },
          ref: user.username,
          reason: null,
        })
      })
      return adminUser(username)
    },

    /** Admins only (the route checks); never one's own role, and the last admin stays an admin. */
    async setRole(username: string, actor: Actor, role: Role) {
      const user = await findUser(username)
      if (user.id === actor.id) throw notYours()
      await changes.transaction(async (tx, changed) => {
        if (user.role === 'admin' && role !== 'admin') {
          const admins = await moderation.adminIds(tx)
          if (admins.filter((id) => id !== user.id).length === 0)
            throw new AppError(409, { role: ['the last admin cannot be demoted'] })
        }
        // Moderators see hidden content: their cached reads of it must go when the role does.
        if (user.role !== role) await changed({ everything: true })
        await users.setRole(tx, user.id, role)
        await moderation.audit(tx, {
          actorId: actor.id,
          action: 'user.role',
          targetType: 'user',
          ref: user.username,
          reason: `${user.role} → ${role}`,
          now: timestamp(),
        })
      })
      return adminUser(username)
    },

    async audit(page: Page) {
      const [rows, auditEntriesCount] = await Promise.all([
        moderation.auditPage(page.limit, page.offset),
        moderation.countAudit(),
      ])
      return { auditEntries: rows.map(toAuditEntry), auditEntriesCount }
    },

    /**
     * Ends the suspensions whose time is up. Each ends only if it still ends when it did when read, so of
     * several replicas sweeping at once exactly one ends it and moves the counters. Answers how many ended.
     */
    async endExpiredSuspensions(): Promise<number> {
      let ended = 0
      for (const user of await moderation.expiredSuspensions(timestamp())) {
        if (user.suspendedUntil === null) continue
        const until = user.suspendedUntil
        await changes.transaction(async (tx, changed) => {
          if (!(await users.endSuspension(tx, user.id, until))) return
          await applySuspension(tx, changed, user.id, false)
          ended += 1
        })
      }
      return ended
    },
  }
}
