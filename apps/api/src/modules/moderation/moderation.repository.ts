import { sql } from 'kysely'
import type { Db, Dialect } from '../../db/database'
import type { ReportStatus, ReportTarget, Role } from '../../db/schema'

export type ModerationRepository = ReturnType<typeof createModerationRepository>

export type TargetKey = { targetType: ReportTarget; targetId: number }

export type ReportRow = {
  id: number
  reporterId: number
  reporterUsername: string
  targetType: ReportTarget
  targetId: number
  ref: string
  reason: string
  note: string | null
  status: ReportStatus
  createdAt: string
  /** The target's slug or username now, null when it is gone. */
  articleSlug: string | null
  commentId: number | null
  username: string | null
}

export type AdminUserRow = {
  id: number
  username: string
  email: string
  image: string | null
  bio: string
  role: Role
  createdAt: string
  suspendedUntil: string | null
  suspensionReason: string | null
}

const adminUserColumns = [
  'id',
  'username',
  'email',
  'image',
  'bio',
  'role',
  'createdAt',
  'suspendedUntil',
  'suspensionReason',
] as const

/** `%` and `_` in what the moderator typed match themselves. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Reports and the audit log belong to this module; articles, comments and users are only read here (their
 * writes go through their own services).
 */
export function createModerationRepository(db: Db, dialect: Dialect) {
  const reports = (tx: Db = db) =>
    tx
      .selectFrom('reports as r')
      .innerJoin('users as ru', 'ru.id', 'r.reporterId')
      .leftJoin('articles as a', 'a.id', 'r.articleId')
      .leftJoin('comments as c', 'c.id', 'r.commentId')
      .leftJoin('users as tu', 'tu.id', 'r.userId')
      .select([
        'r.id',
        'r.reporterId',
        'ru.username as reporterUsername',
        'r.targetType',
        'r.targetId',
        'r.ref',
        'r.reason',
        'r.note',
        'r.status',
        'r.createdAt',
        'a.slug as articleSlug',
        'c.id as commentId',
        'tu.username as username',
      ])

  const matchesUser = (q: string | undefined) =>
    q === undefined || q.trim() === ''
      ? sql<boolean>`1 = 1`
      : sql<boolean>`(lower(username) like ${likePattern(q.trim())} escape '\\' or lower(email) like ${likePattern(q.trim())} escape '\\')`

  return {
    findReport: (id: number, tx: Db = db): Promise<ReportRow | undefined> =>
      reports(tx).where('r.id', '=', id).executeTakeFirst(),

    findOpenReport: (reporterId: number, key: TargetKey): Promise<ReportRow | undefined> =>
      reports()
        .where('r.reporterId', '=', reporterId)
        .where('r.targetType', '=', key.targetType)
        .where('r.targetId', '=', key.targetId)
        .where('r.status', '=', 'open')
        .executeTakeFirst(),

    /** Fails on the partial unique index when the reporter already has an open report on the target. */
    async insertReport(report: {
      reporterId: number
      key: TargetKey
      articleId: number | null
      commentId: number | null
      userId: number | null
      ref: string
      reason: string
      note: string | null
      now: string
    }): Promise<number> {
      const { id } = await db
        .insertInto('reports')
        .values({
          reporterId: report.reporterId,
          targetType: report.key.targetType,
          targetId: report.key.targetId,
          articleId: report.articleId,
          commentId: report.commentId,
          userId: report.userId,
          ref: report.ref,
          reason: report.reason,
          note: report.note,
          createdAt: report.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return id
    },

    /** Targets with reports in `status`, the latest reported first. */
    groupsPage: (status: ReportStatus, limit: number, offset: number) =>
      db
        .selectFrom('reports')
        .select(['targetType', 'targetId'])
        .select((eb) => [eb.fn.max('createdAt').as('latestAt'), eb.fn.max('id').as('latestId')])
        .where('status', '=', status)
        .groupBy(['targetType', 'targetId'])
        .orderBy('latestAt', 'desc')
        .orderBy('latestId', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),

    async countGroups(status: ReportStatus): Promise<number> {
      const row = await db
        .selectFrom((eb) =>
          eb
            .selectFrom('reports')
            .select('targetType')
            .where('status', '=', status)
            .groupBy(['targetType', 'targetId'])
            .as('g'),
        )
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirst()
      return Number(row?.count ?? 0)
    },

    /** The reports in `status` on these targets, newest first. */
    reportsOf: (status: ReportStatus, keys: readonly TargetKey[]): Promise<ReportRow[]> =>
      keys.length === 0
        ? Promise.resolve([])
        : reports()
            .where('r.status', '=', status)
            .where((eb) =>
              eb.or(
                keys.map((key) =>
                  eb.and([eb('r.targetType', '=', key.targetType), eb('r.targetId', '=', key.targetId)]),
                ),
              ),
            )
            .orderBy('r.id', 'desc')
            .execute(),

    articlesByIds: (ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('articles as a')
            .innerJoin('users as u', 'u.id', 'a.authorId')
            .select(['a.id', 'a.slug', 'a.title', 'a.description', 'a.body', 'a.hiddenAt', 'u.username'])
            .where('a.id', 'in', ids)
            .execute(),

    commentsByIds: (ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('comments as c')
            .innerJoin('users as u', 'u.id', 'c.authorId')
            .innerJoin('articles as a', 'a.id', 'c.articleId')
            .select(['c.id', 'c.body', 'c.hiddenAt', 'u.username', 'a.slug'])
            .where('c.id', 'in', ids)
            .execute(),

    usersByIds: (ids: readonly number[]): Promise<AdminUserRow[]> =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('users').select(adminUserColumns).where('id', 'in', ids).execute(),

    /** Closes the open reports on a target (and, for an article, on its comments) as `status`. */
    async closeReports(
      tx: Db,
      key: TargetKey,
      close: { status: 'resolved' | 'dismissed'; by: number; now: string; withCommentsOf?: number },
    ) {
      await tx
        .updateTable('reports')
        .set({ status: close.status, resolvedAt: close.now, resolvedBy: close.by })
        .where('status', '=', 'open')
        .where((eb) =>
          eb.or([
            eb.and([eb('targetType', '=', key.targetType), eb('targetId', '=', key.targetId)]),
            ...(close.withCommentsOf === undefined
              ? []
              : [eb.and([eb('targetType', '=', 'comment'), eb('articleId', '=', close.withCommentsOf)])]),
          ]),
        )
        .execute()
    },

    /** Append-only: nothing here updates or deletes an entry. */
    async audit(
      tx: Db,
      entry: {
        actorId: number
        action: string
        targetType: ReportTarget | 'report'
        ref: string
        reason: string | null
        now: string
      },
    ) {
      await tx
        .insertInto('auditLog')
        .values((eb) => ({
          actorId: entry.actorId,
          actorUsername: eb.selectFrom('users').select('username').where('id', '=', entry.actorId),
          action: entry.action,
          targetType: entry.targetType,
          ref: entry.ref,
          reason: entry.reason,
          createdAt: entry.now,
        }))
        .execute()
    },

    auditPage: (limit: number, offset: number) =>
      db
        .selectFrom('auditLog')
        .select(['id', 'actorUsername', 'action', 'targetType', 'ref', 'reason', 'createdAt'])
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),

    async countAudit(): Promise<number> {
      const row = await db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirst()
      return Number(row?.count ?? 0)
    },

    usersPage: (q: string | undefined, limit: number, offset: number): Promise<AdminUserRow[]> =>
      db
        .selectFrom('users')
        .select(adminUserColumns)
        .where(matchesUser(q))
        .orderBy('username')
        .limit(limit)
        .offset(offset)
        .execute(),

    async countUsers(q: string | undefined): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where(matchesUser(q))
        .executeTakeFirst()
      return Number(row?.count ?? 0)
    },

    findUser: (username: string, tx: Db = db): Promise<AdminUserRow | undefined> =>
      tx.selectFrom('users').select(adminUserColumns).where('username', '=', username).executeTakeFirst(),

    /**
     * The admins, read inside the role-changing transaction. On PostgreSQL their rows stay locked until
     * commit, so two admins demoting each other at once cannot both pass the "last admin" check.
     */
    adminIds: async (tx: Db): Promise<number[]> =>
      (
        await tx
          .selectFrom('users')
          .select('id')
          .where('role', '=', 'admin')
          .$if(dialect === 'postgres', (qb) => qb.forUpdate())
          .execute()
      ).map((row) => row.id),

    /** Suspensions whose end has passed (the sentinel for "until lifted" never does). */
    expiredSuspensions: (now: string) =>
      db
        .selectFrom('users')
        .select(['id', 'suspendedUntil'])
        .where('suspendedUntil', 'is not', null)
        .where('suspendedUntil', '<=', now)
        .limit(100)
        .execute(),
  }
}
