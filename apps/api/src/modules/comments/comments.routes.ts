import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { signedIn, viewerId } from '../../plugins/auth'
import { ProfileSchema, RequiredText, SlugParams } from '../../schemas/common'
import { errorResponses } from '../../schemas/routes'
import type { CommentsService } from './comments.service'

const CommentSchema = Type.Object({
  id: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  body: Type.String(),
  author: ProfileSchema,
})
const SingleCommentResponse = Type.Object({ comment: CommentSchema })
const MultipleCommentsResponse = Type.Object({ comments: Type.Array(CommentSchema) })
const CreateCommentBody = Type.Object({ comment: Type.Object({ body: RequiredText(20_000) }) })
const CommentParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200 }),
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
})

const tags = ['Comments']
const security = [{ Token: [] }]

export const commentsRoutes: FastifyPluginAsyncTypebox<{ comments: CommentsService }> = async (
  app,
  { comments },
) => {
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
      schema: {
        operationId: 'DeleteArticleComment',
        tags,
        summary: 'Delete your comment',
        security,
        params: CommentParams,
        response: { 204: { type: 'null', description: 'Deleted' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      await comments.remove(request.params.slug, request.params.id, signedIn(request).id)
      return reply.code(204).send(null)
    },
  )
}
