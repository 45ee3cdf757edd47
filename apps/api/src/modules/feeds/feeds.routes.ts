import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { errorResponses } from '../../schemas/routes'
import { isNotModified } from './conditional-get'
import { ArticlesFeedQuery, AtomFeedResponse, NotModifiedResponse } from './feeds.schemas'
import type { FeedsService } from './feeds.service'

export const feedsRoutes: FastifyPluginAsyncTypebox<{ feeds: FeedsService }> = async (app, { feeds }) => {
  app.get(
    '/feeds/articles.atom',
    {
      schema: {
        operationId: 'GetArticlesFeedAtom',
        tags: ['Feeds'],
        summary: 'Atom feed of the latest articles, site-wide or by tag or author',
        querystring: ArticlesFeedQuery,
        response: { 200: AtomFeedResponse, 304: NotModifiedResponse, 422: errorResponses[422] },
      },
    },
    async (request, reply) => {
      const { tag, author } = request.query
      const feed = await feeds.latest({ tag, author })
      reply.header('etag', feed.etag).header('cache-control', 'no-cache')
      if (feed.lastModified) reply.header('last-modified', feed.lastModified.toUTCString())
      if (isNotModified(request.headers, feed)) return reply.code(304).send(null)
      return reply.type('application/atom+xml; charset=utf-8').send(feed.xml)
    },
  )
}
