import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, preHandlerAsyncHookHandler } from 'fastify'
import { queryWords } from '../../lib/search-words'
import { signedIn, viewerId } from '../../plugins/auth'
import { byViewer, type CachedPage, type PageKey } from '../../plugins/page-cache'
import { ErrorResponse, SlugParams } from '../../schemas/common'
import { errorResponses, noContent, security } from '../../schemas/routes'
import { parseIfMatch } from './article-etag'
import {
  CreateArticleBody,
  DraftsQuery,
  FeedQuery,
  GetArticleQuery,
  ListArticlesQuery,
  MultipleArticlesResponse,
  SingleArticleResponse,
  UpdateArticleBody,
} from './articles.schemas'
import type { ArticleRead } from './articles.serialize'
import type { ArticlesService } from './articles.service'

/**
 * An article answer carries its ETag (the If-Match of the next edit). A draft is the author's or a preview
 * link holder's alone: no shared cache (browser, CDN) may keep it.
 */
function articlePage(read: ArticleRead): Omit<CachedPage<{ article: ArticleRead['article'] }>, 'shows'> {
  return {
    value: { article: read.article },
    headers: { etag: read.etag, ...(read.isDraft ? { 'cache-control': 'private, no-store' } : {}) },
  }
}

function sendArticle(reply: FastifyReply, read: ArticleRead) {
  const { value, headers } = articlePage(read)
  return reply.headers(headers ?? {}).send(value)
}

/** A preview read is never cached: the key names the viewer, not the preview token they hold. */
const articleKey: PageKey = (request) =>
  (request.query as { preview?: unknown }).preview === undefined ? byViewer(request) : null

export const articlesRoutes: FastifyPluginAsyncTypebox<{
  articles: ArticlesService
  /** New accounts' article limit (plugins/spam-limits.ts). */
  spamLimit: preHandlerAsyncHookHandler[]
}> = async (app, { articles, spamLimit }) => {
  app.get(
    '/articles',
    {
      // Searches are cached like any list, under the viewer and the whole URL: a repeated search costs what a
      // list costs (views and highlights are most of an uncached one). One-off queries do not push out the
      // pages read most: the cache gives a page read since its last sweep a second chance.
      config: { pageKey: byViewer },
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
      return reply.sendPage(async () => ({
        value:
          words.length > 0
            ? await articles.search(words, { tag, author, favorited }, { limit, offset }, viewer)
            : await articles.list({ tag, author, favorited }, { limit, offset }, viewer),
        shows: 'list',
      }))
    },
  )

  app.get(
    '/articles/feed',
    {
      onRequest: app.requireUser,
      config: { pageKey: byViewer },
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
      return reply.sendPage(async () => ({
        value: await articles.list({ feedOf: id }, { limit, offset }, id),
        shows: 'list',
      }))
    },
  )

  app.post(
    '/articles',
    {
      onRequest: app.requireUser,
      // Suspended accounts first; then the new-account limit, on the row requireActiveUser read.
      preHandler: [app.requireActiveUser, ...spamLimit],
      schema: {
        operationId: 'CreateArticle',
        tags: ['Articles'],
        summary: 'Create an article',
        security,
        body: CreateArticleBody,
        response: { 201: SingleArticleResponse, ...errorResponses, 429: ErrorResponse },
      },
    },
    async (request, reply) =>
      sendArticle(reply.code(201), await articles.create(signedIn(request).id, request.body.article)),
  )

  app.get(
    '/articles/:slug',
    {
      config: { pageKey: articleKey },
      schema: {
        operationId: 'GetArticle',
        tags: ['Articles'],
        summary: 'Get an article',
        params: SlugParams,
        querystring: GetArticleQuery,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = viewerId(request)
      const { slug } = request.params
      const { preview } = request.query
      if (preview !== undefined) return sendArticle(reply, await articles.get(slug, viewer, preview))
      return reply.sendPage(async () => {
        const { article, shows } = await articles.read(slug, viewer)
        return { ...articlePage(article), shows }
      })
    },
  )

  app.put(
    '/articles/:slug',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'UpdateArticle',
        tags: ['Articles'],
        summary: 'Update an article (its slug follows a new title)',
        description:
          'With `If-Match: <ETag of the article as loaded>`, answers 412 instead of overwriting a newer edit.',
        security,
        params: SlugParams,
        body: UpdateArticleBody,
        response: { 200: SingleArticleResponse, ...errorResponses, 412: ErrorResponse },
      },
    },
    async (request, reply) =>
      sendArticle(
        reply,
        await articles.update(
          request.params.slug,
          signedIn(request).id,
          request.body.article,
          parseIfMatch(request.headers['if-match']),
        ),
      ),
  )

  app.post(
    '/articles/:slug/preview-token',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'RotateArticlePreviewToken',
        tags: ['Articles'],
        summary: "Replace the article's preview link (the old one stops working)",
        security,
        params: SlugParams,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendArticle(reply, await articles.rotatePreviewToken(request.params.slug, signedIn(request).id)),
  )

  app.get(
    '/user/drafts',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'GetUserDrafts',
        tags: ['Articles'],
        summary: 'Your drafts, the most recently edited first',
        security,
        querystring: DraftsQuery,
        response: { 200: MultipleArticlesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { limit, offset } = request.query
      reply.header('cache-control', 'private, no-store')
      return articles.drafts(signedIn(request).id, { limit, offset })
    },
  )

  app.delete(
    '/articles/:slug',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
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
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'CreateArticleFavorite',
        tags: ['Favorites'],
        summary: 'Favorite an article',
        security,
        params: SlugParams,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendArticle(reply, await articles.favorite(request.params.slug, signedIn(request).id)),
  )

  app.delete(
    '/articles/:slug/favorite',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'DeleteArticleFavorite',
        tags: ['Favorites'],
        summary: 'Unfavorite an article',
        security,
        params: SlugParams,
        response: { 200: SingleArticleResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendArticle(reply, await articles.unfavorite(request.params.slug, signedIn(request).id)),
  )
}
