import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { queryWords } from '../../lib/search-words'
import { signedIn, viewerId } from '../../plugins/auth'
import { SlugParams } from '../../schemas/common'
import { errorResponses, noContent, security } from '../../schemas/routes'
import {
  CreateArticleBody,
  FeedQuery,
  ListArticlesQuery,
  MultipleArticlesResponse,
  SingleArticleResponse,
  UpdateArticleBody,
} from './articles.schemas'
import type { ArticlesService } from './articles.service'
import type { PageCache } from './page-cache'

export const articlesRoutes: FastifyPluginAsyncTypebox<{
  articles: ArticlesService
  pageCache: PageCache
}> = async (app, { articles, pageCache }) => {
  app.get(
    '/articles',
    {
      schema: {
        operationId: 'GetArticles',
        tags: ['Articles'],
        summary: 'Recent articles, or matches for a search, optionally by tag, author or favouriting user',
        querystring: ListArticlesQuery,
        response: { 200: MultipleArticlesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { q, tag, author, favorited, limit, offset } = request.query
      const viewer = viewerId(request)
      const words = queryWords(q ?? '')
      // Searches skip the page cache: their long tail of queries would push out the pages read most.
      if (words.length > 0)
        return articles.search(words, { tag, author, favorited }, { limit, offset }, viewer)
      const key = JSON.stringify(['list', viewer, tag, author, favorited, limit, offset])
      return pageCache(reply, key, () => articles.list({ tag, author, favorited }, { limit, offset }, viewer))
    },
  )

  app.get(
    '/articles/feed',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'GetArticlesFeed',
        tags: ['Articles'],
        summary: 'Recent articles from the users you follow',
        security,
        querystring: FeedQuery,
        response: { 200: MultipleArticlesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = signedIn(request)
      const { limit, offset } = request.query
      return pageCache(reply, JSON.stringify(['feed', id, limit, offset]), () =>
        articles.list({ feedOf: id }, { limit, offset }, id),
      )
    },
  )

  app.post(
    '/articles',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'CreateArticle',
        tags: ['Articles'],
        summary: 'Create an article',
        security,
        body: CreateArticleBody,
        response: { 201: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.code(201)
      return { article: await articles.create(signedIn(request).id, request.body.article) }
    },
  )

  app.get(
    '/articles/:slug',
    {
      schema: {
        operationId: 'GetArticle',
        tags: ['Articles'],
        summary: 'Get an article',
        params: SlugParams,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = viewerId(request)
      return pageCache(reply, JSON.stringify(['article', viewer, request.params.slug]), async () => ({
        article: await articles.get(request.params.slug, viewer),
      }))
    },
  )

  app.put(
    '/articles/:slug',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'UpdateArticle',
        tags: ['Articles'],
        summary: 'Update an article (its slug follows a new title)',
        security,
        params: SlugParams,
        body: UpdateArticleBody,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request) => ({
      article: await articles.update(request.params.slug, signedIn(request).id, request.body.article),
    }),
  )

  app.delete(
    '/articles/:slug',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'DeleteArticle',
        tags: ['Articles'],
        summary: 'Delete an article',
        security,
        params: SlugParams,
        response: { 204: noContent('Deleted'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await articles.remove(request.params.slug, signedIn(request).id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/articles/:slug/favorite',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'CreateArticleFavorite',
        tags: ['Favorites'],
        summary: 'Favorite an article',
        security,
        params: SlugParams,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request) => ({ article: await articles.favorite(request.params.slug, signedIn(request).id) }),
  )

  app.delete(
    '/articles/:slug/favorite',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'DeleteArticleFavorite',
        tags: ['Favorites'],
        summary: 'Unfavorite an article',
        security,
        params: SlugParams,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request) => ({ article: await articles.unfavorite(request.params.slug, signedIn(request).id) }),
  )
}
