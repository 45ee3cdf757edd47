import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { preHandlerAsyncHookHandler } from 'fastify'
import { signedIn, viewerId } from '../../plugins/auth'
import { SlugParams } from '../../schemas/common'
import { errorResponses, noContent, security } from '../../schemas/routes'
import {
  CommentParams,
  CreateCommentBody,
  MultipleCommentsResponse,
  SingleCommentResponse,
} from './comments.schemas'
import type { CommentsService } from './comments.service'

const tags = ['Comments']

export const commentsRoutes: FastifyPluginAsyncTypebox<{
  comments: CommentsService
  /** New accounts' comment limit (plugins/spam-limits.ts). */
  spamLimit: preHandlerAsyncHookHandler[]
}> = async (app, { comments, spamLimit }) => {
  app.get(
    '/articles/:slug/comments',
    {
      schema: {
        operationId: 'GetArticleComments',
        tags,
        summary: "An article's comments, newest first",
        params: SlugParams,
        response: { 200: MultipleCommentsResponse, ...errorResponses },
      },
    },
    async (request) => ({ comments: await comments.list(request.params.slug, viewerId(request)) }),
  )

  app.post(
    '/articles/:slug/comments',
    {
      onRequest: app.requireUser,
      // Suspended accounts first; then the new-account limit, on the row requireActiveUser read.
      preHandler: [app.requireActiveUser, ...spamLimit],
      schema: {
        operationId: 'CreateArticleComment',
        tags,
        summary: 'Comment on an article',
        security,
        params: SlugParams,
        body: CreateCommentBody,
        response: { 200: SingleCommentResponse, ...errorResponses },
      },
    },
    async (request) => ({
      comment: await comments.add(request.params.slug, signedIn(request).id, request.body.comment.body),
    }),
  )

  app.delete(
    '/articles/:slug/comments/:id',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'DeleteArticleComment',
        tags,
        summary: 'Delete your comment',
        security,
        params: CommentParams,
        response: { 204: noContent('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await comments.remove(request.params.slug, request.params.id, signedIn(request).id)
      return reply.code(204).send(null)
    },
  )
}
