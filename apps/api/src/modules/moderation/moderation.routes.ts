import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../../config'
import { requireRole, signedIn } from '../../plugins/auth'
import { requestLimiter } from '../../plugins/rate-limit'
import { ErrorResponse, SlugParams } from '../../schemas/common'
import { errorResponses, noContent, security } from '../../schemas/routes'
import { SingleArticleResponse } from '../articles/articles.schemas'
import { SingleCommentResponse } from '../comments/comments.schemas'
import {
  AdminUserResponse,
  AdminUsersQuery,
  AdminUsersResponse,
  AuditQuery,
  AuditResponse,
  CommentIdParams,
  CreateReportBody,
  ModerationReasonBody,
  ReportGroupsResponse,
  ReportIdParams,
  ReportsQuery,
  SetRoleBody,
  SingleReportResponse,
  SuspendUserBody,
  UsernameParams,
} from './moderation.schemas'
import type { Actor, ModerationService } from './moderation.service'

const tags = ['Moderation']

/** The acting moderator or admin, with the role `requireActiveUser` read from the database. */
function actorOf(request: FastifyRequest): Actor {
  const { id } = signedIn(request)
  return { id, role: request.account?.role ?? 'user' }
}

/** The reason is optional, and so is the body that carries it. */
const bodyOptional = async (request: FastifyRequest) => {
  request.body ??= {}
}

const reasonOf = (request: FastifyRequest) =>
  (request.body as { reason?: string | null } | undefined)?.reason?.trim() || null

export const moderationRoutes: FastifyPluginAsyncTypebox<{
  moderation: ModerationService
  reportsPerHour: Config['reportsPerHour']
}> = async (app, { moderation, reportsPerHour }) => {
  const reportLimit = requestLimiter(
    app,
    { max: reportsPerHour, windowSeconds: 3600 },
    (request) => `report:${request.user?.id ?? request.ip}`,
  )
  const asModerator = {
    onRequest: app.requireUser,
    preHandler: [app.requireActiveUser, requireRole('moderator')],
  }
  const asAdmin = { onRequest: app.requireUser, preHandler: [app.requireActiveUser, requireRole('admin')] }
  const adminErrors = { ...errorResponses, 409: ErrorResponse }

  app.post(
    '/reports',
    {
      onRequest: app.requireUser,
      preHandler: [app.requireActiveUser, ...reportLimit],
      schema: {
        operationId: 'CreateReport',
        tags,
        summary: 'Report an article, a comment or a user to the moderators',
        security,
        body: CreateReportBody,
        response: {
          200: SingleReportResponse,
          201: SingleReportResponse,
          ...errorResponses,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { report, created } = await moderation.report(signedIn(request).id, request.body.report)
      return reply.code(created ? 201 : 200).send({ report })
    },
  )

  app.get(
    '/admin/reports',
    {
      ...asModerator,
      schema: {
        operationId: 'GetReportGroups',
        tags,
        summary: 'Reports grouped by target, the latest reported first',
        security,
        querystring: ReportsQuery,
        response: { 200: ReportGroupsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { status, limit, offset } = request.query
      return moderation.queue(status ?? 'open', { limit, offset })
    },
  )

  app.post(
    '/admin/reports/:id/dismiss',
    {
      ...asModerator,
      schema: {
        operationId: 'DismissReport',
        tags,
        summary: "Dismiss every open report in this report's group",
        security,
        params: ReportIdParams,
        response: { 200: SingleReportResponse, ...errorResponses },
      },
    },
    async (request) => ({ report: await moderation.dismiss(request.params.id, actorOf(request)) }),
  )

  for (const action of ['hide', 'restore'] as const) {
    app.post(
      `/admin/articles/:slug/${action}`,
      {
        ...asModerator,
        preValidation: bodyOptional,
        schema: {
          operationId: action === 'hide' ? 'HideArticle' : 'RestoreArticle',
          tags,
          summary:
            action === 'hide'
              ? 'Hide an article from everyone but its author and moderators'
              : 'Restore a hidden article',
          security,
          params: SlugParams,
          body: ModerationReasonBody,
          response: { 200: SingleArticleResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { slug } = request.params
        const article =
          action === 'hide'
            ? await moderation.hideArticle(slug, actorOf(request), reasonOf(request))
            : await moderation.restoreArticle(slug, actorOf(request), reasonOf(request))
        return { article }
      },
    )
    app.post(
      `/admin/comments/:id/${action}`,
      {
        ...asModerator,
        preValidation: bodyOptional,
        schema: {
          operationId: action === 'hide' ? 'HideComment' : 'RestoreComment',
          tags,
          summary:
            action === 'hide'
              ? 'Hide a comment from everyone but its author and moderators'
              : 'Restore a hidden comment',
          security,
          params: CommentIdParams,
          body: ModerationReasonBody,
          response: { 200: SingleCommentResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { id } = request.params
        const comment =
          action === 'hide'
            ? await moderation.hideComment(id, actorOf(request), reasonOf(request))
            : await moderation.restoreComment(id, actorOf(request), reasonOf(request))
        return { comment }
      },
    )
  }

  app.delete(
    '/admin/articles/:slug',
    {
      ...asModerator,
      schema: {
        operationId: 'ModeratorDeleteArticle',
        tags,
        summary: 'Delete an article as a moderator',
        security,
        params: SlugParams,
        response: { 204: noContent('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await moderation.deleteArticle(request.params.slug, actorOf(request))
      return reply.code(204).send(null)
    },
  )

  app.delete(
    '/admin/comments/:id',
    {
      ...asModerator,
      schema: {
        operationId: 'ModeratorDeleteComment',
        tags,
        summary: 'Delete a comment as a moderator',
        security,
        params: CommentIdParams,
        response: { 204: noContent('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await moderation.deleteComment(request.params.id, actorOf(request))
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/admin/users',
    {
      ...asModerator,
      schema: {
        operationId: 'GetAdminUsers',
        tags,
        summary: 'Accounts, optionally those whose username or email contains `q`',
        security,
        querystring: AdminUsersQuery,
        response: { 200: AdminUsersResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit, offset } = request.query
      return moderation.users(q, { limit, offset })
    },
  )

  app.post(
    '/admin/users/:username/suspend',
    {
      ...asModerator,
      schema: {
        operationId: 'SuspendUser',
        tags,
        summary: 'Suspend an account until a date, or until lifted (until: null)',
        security,
        params: UsernameParams,
        body: SuspendUserBody,
        response: { 200: AdminUserResponse, ...errorResponses },
      },
    },
    async (request) => ({
      user: await moderation.suspend(request.params.username, actorOf(request), request.body),
    }),
  )

  app.post(
    '/admin/users/:username/unsuspend',
    {
      ...asModerator,
      schema: {
        operationId: 'UnsuspendUser',
        tags,
        summary: 'Lift a suspension',
        security,
        params: UsernameParams,
        response: { 200: AdminUserResponse, ...errorResponses },
      },
    },
    async (request) => ({ user: await moderation.unsuspend(request.params.username, actorOf(request)) }),
  )

  app.post(
    '/admin/users/:username/role',
    {
      ...asAdmin,
      schema: {
        operationId: 'SetUserRole',
        tags,
        summary: "Change an account's role (admins only)",
        security,
        params: UsernameParams,
        body: SetRoleBody,
        response: { 200: AdminUserResponse, ...adminErrors },
      },
    },
    async (request) => ({
      user: await moderation.setRole(request.params.username, actorOf(request), request.body.role),
    }),
  )

  app.get(
    '/admin/audit',
    {
      ...asModerator,
      schema: {
        operationId: 'GetAuditLog',
        tags,
        summary: 'Every moderator and admin action, newest first',
        security,
        querystring: AuditQuery,
        response: { 200: AuditResponse, ...errorResponses },
      },
    },
    async (request) => moderation.audit(request.query),
  )
}
