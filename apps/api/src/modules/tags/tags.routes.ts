import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorResponse } from '../../schemas/common'
import { TagsResponse } from './tags.schemas'
import type { TagsService } from './tags.service'

export const tagsRoutes: FastifyPluginAsyncTypebox<{ tags: TagsService }> = async (app, { tags }) => {
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
    async () => ({ tags: await tags.popular() }),
  )
}
