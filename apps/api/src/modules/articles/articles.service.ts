import { contentChanged } from '../../db/content-version'
import type { Db } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import { isTransientConflict, uniqueViolationColumn } from '../../lib/db-errors'
import type { TagsService } from '../tags/tags.service'
import type { UsersService } from '../users/users.service'
import type { ArticleSearchRepository } from './article-search.repository'
import type { ArticleFilter, ArticlesRepository } from './articles.repository'
import type { CreateArticleInput, UpdateArticleInput } from './articles.schemas'
import { type Article, toArticle, toSearchResult } from './articles.serialize'
import { slugify, withSuffix } from './slug'

/** Trimmed, without blanks or repeats. (Reads list them alphabetically, as RealWorld clients expect.) */
const cleanTags = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]

/**
 * Runs a write transaction again when a concurrent writer got in the way: it took the same slug between
 * check and insert, or PostgreSQL broke a deadlock between two articles sharing tags.
 */
async function withConflictRetry<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      const retriable = uniqueViolationColumn(error) === 'slug' || isTransientConflict(error)
      if (!retriable || attempt >= 3) throw error
    }
  }
}

export type ArticlesService = ReturnType<typeof createArticlesService>

export function createArticlesService(deps: {
  db: Db
  articles: ArticlesRepository
  search: ArticleSearchRepository
  tags: TagsService
  users: UsersService
}) {
  const { db, articles, search, tags, users } = deps

  async function find(slug: string) {
    const row = await articles.findBySlug(slug)
    if (!row) throw notFound('article')
    return row
  }

  async function findOwned(slug: string, userId: number) {
    const row = await find(slug)
    if (row.authorId !== userId) throw forbidden('article')
    return row
  }

  async function uniqueSlug(tx: Db, title: string, ownSlug?: string): Promise<string> {
    const base = slugify(title)
    if (base === ownSlug) return base
    return (await articles.slugTaken(tx, base)) ? withSuffix(base) : base
  }

  async function get(slug: string, viewerId: number | null): Promise<Article> {
    const view = await articles.findView(slug, viewerId)
    if (!view) throw notFound('article')
    return toArticle(view)
  }

  return {
    get,

    async list(filter: ArticleFilter, page: { limit: number; offset: number }, viewerId: number | null) {
      const [rows, articlesCount] = await Promise.all([
        articles.listPage(filter, viewerId, page.limit, page.offset),
        articles.count(filter),
      ])
      return { articles: rows.map(toArticle), articlesCount }
    },

    /** Matches for `words` (see lib/search-words.ts), most relevant first, each with its highlight. */
    async search(
      words: readonly string[],
      filter: ArticleFilter,
      page: { limit: number; offset: number },
      viewerId: number | null,
    ) {
      const [rows, articlesCount] = await Promise.all([
        search.page(words, filter, viewerId, page.limit, page.offset),
        search.count(words, filter),
      ])
      return { articles: rows.map((row) => toSearchResult(row, words)), articlesCount }
    },

    /** The article, its tags, its counters and its search index row are written in one transaction. */
    async create(authorId: number, input: CreateArticleInput) {
      const tagList = cleanTags(input.tagList ?? [])
      const slug = await withConflictRetry(() =>
        db.transaction().execute(async (tx) => {
          await contentChanged(tx, { authorIds: [authorId], tags: tagList })
          const slug = await uniqueSlug(tx, input.title)
          const { id } = await articles.insert(tx, {
            slug,
            title: input.title,
            description: input.description,
            body: input.body,
            authorId,
            now: timestamp(),
          })
          await users.countArticle(tx, authorId, 1)
          await tags.setArticleTags(tx, id, tagList)
          await search.reindex(tx, id)
          return slug
        }),
      )
      return get(slug, authorId)
    },

    async update(slug: string, userId: number, input: UpdateArticleInput) {
      const row = await findOwned(slug, userId)
      const tagList = input.tagList === undefined ? undefined : cleanTags(input.tagList)
      const newSlug = await withConflictRetry(() =>
        db.transaction().execute(async (tx) => {
          await contentChanged(tx, { articleIds: [row.id], authorIds: [row.authorId], tags: tagList ?? [] })
          const titleChanged = input.title !== undefined && input.title !== row.title
          const nextSlug =
            titleChanged && input.title !== undefined ? await uniqueSlug(tx, input.title, row.slug) : row.slug
          await articles.update(tx, row.id, {
            ...(titleChanged ? { title: input.title, slug: nextSlug } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.body !== undefined ? { body: input.body } : {}),
            updatedAt: timestamp(),
          })
          if (tagList !== undefined) await tags.setArticleTags(tx, row.id, tagList)
          await search.reindex(tx, row.id)
          return nextSlug
        }),
      )
      return get(newSlug, userId)
    },

    /** Its tags, favourites and comments go with it, and it leaves every counter. */
    async remove(slug: string, userId: number) {
      const row = await findOwned(slug, userId)
      await db.transaction().execute(async (tx) => {
        await contentChanged(tx, { articleIds: [row.id], authorIds: [row.authorId] })
        await tags.releaseArticle(tx, row.id)
        await users.countArticle(tx, row.authorId, -1)
        await articles.remove(tx, row.id)
      })
    },

    async favorite(slug: string, userId: number) {
      const row = await find(slug)
      await db.transaction().execute(async (tx) => {
        await contentChanged(tx, { articleIds: [row.id], viewerIds: [userId] })
        await articles.favorite(tx, userId, row.id)
      })
      return get(slug, userId)
    },

    async unfavorite(slug: string, userId: number) {
      const row = await find(slug)
      await db.transaction().execute(async (tx) => {
        await contentChanged(tx, { articleIds: [row.id], viewerIds: [userId] })
        await articles.unfavorite(tx, userId, row.id)
      })
      return get(slug, userId)
    },

    /** Used by comments: the article's id, or a 404. */
    async idOf(slug: string): Promise<number> {
      return (await find(slug)).id
    },
  }
}
