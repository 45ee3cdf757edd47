import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ErrorResponse } from '../../schemas/common'
import type { TagsRepository } from './tags.repository'

const TagsResponse = Type.Object({ tags: Type.Array(Type.String()) })

export const tagsRoutes: FastifyPluginAsyncTypebox<{ tags: TagsRepository }> = async (app, { tags }) => {
  app.get(
    '/tags',
    {
      schema: {
        operationId: 'GetTags',
        tags: ['Tags'],
        summary: 'The most used tags',
        response: { 200: TagsResponse, 422: ErrorResponse },
      },
    },
    async () => ({ tags: await tags.popular(50) }),
  )
}
