import type { Db } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import { isTransientConflict, uniqueViolationColumn } from '../../lib/db-errors'
import {
  type ArticleFilter,
  type ArticlesRepository,
  type ArticleView,
  TAG_SEPARATOR,
} from './articles.repository'
import { slugify, withSuffix } from './slug'

type ArticleInput = { title: string; description: string; body: string; tagList?: string[] | undefined }

/** Alphabetical, as RealWorld clients expect. */
function tagsOf(view: ArticleView): string[] {
  const tags = Array.isArray(view.tagList)
    ? view.tagList
    : view.tagList
      ? view.tagList.split(TAG_SEPARATOR)
      : []
  return tags.sort()
}

const toArticle = (view: ArticleView) => ({
  slug: view.slug,
  title: view.title,
  description: view.description,
  body: view.body,
  tagList: tagsOf(view),
  createdAt: view.createdAt,
  updatedAt: view.updatedAt,
  favorited: Boolean(view.favorited),
  favoritesCount: view.favoritesCount,
  author: {
    username: view.authorUsername,
    bio: view.authorBio,
    image: view.authorImage,
    following: Boolean(view.following),
  },
})

/** Trimmed, without blanks or repeats. (Reads list them alphabetically, as RealWorld clients expect.) */
const cleanTags = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]

export type ArticlesService = ReturnType<typeof createArticlesService>

export function createArticlesService(deps: { db: Db; articles: ArticlesRepository }) {
  const { db, articles } = deps

  async function findOwned(slug: string, userId: number) {
    const row = await articles.findBySlug(slug)
    if (!row) throw notFound('article')
    if (row.authorId !== userId) throw forbidden('article')
    return row
  }

  async function uniqueSlug(title: string, tx: Db, ownSlug?: string): Promise<string> {
    const base = slugify(title)
    if (base === ownSlug) return base
    return (await articles.slugTaken(base, tx)) ? withSuffix(base) : base
  }

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

  async function get(slug: string, viewerId: number | null) {
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

    /** The article and its tags are written in one transaction: an article never exists without its tags. */
    async create(authorId: number, input: ArticleInput) {
      const slug = await withConflictRetry(() =>
        db.transaction().execute(async (tx) => {
          const slug = await uniqueSlug(input.title, tx)
          const { id } = await articles.insert(
            {
              slug,
              title: input.title,
              description: input.description,
              body: input.body,
              authorId,
              now: timestamp(),
            },
            tx,
          )
          await articles.setTags(id, cleanTags(input.tagList ?? []), tx)
          return slug
        }),
      )
      return get(slug, authorId)
    },

    async update(slug: string, userId: number, input: Partial<ArticleInput>) {
      const row = await findOwned(slug, userId)
      const newSlug = await withConflictRetry(() =>
        db.transaction().execute(async (tx) => {
          const titleChanged = input.title !== undefined && input.title !== row.title
          const nextSlug =
            titleChanged && input.title !== undefined ? await uniqueSlug(input.title, tx, row.slug) : row.slug
          await articles.update(
            row.id,
            {
              ...(titleChanged ? { title: input.title, slug: nextSlug } : {}),
              ...(input.description !== undefined ? { description: input.description } : {}),
              ...(input.body !== undefined ? { body: input.body } : {}),
              updatedAt: timestamp(),
            },
            tx,
          )
          if (input.tagList !== undefined) await articles.setTags(row.id, cleanTags(input.tagList), tx)
          return nextSlug
        }),
      )
      return get(newSlug, userId)
    },

    /** Part of deleting an account; runs in the caller's transaction, which it locks the content version in. */
    removeAllOf: (userId: number, tx: Db) => articles.removeAllOf(userId, tx),

    async remove(slug: string, userId: number) {
      const row = await findOwned(slug, userId)
      await articles.remove(row.id, row.authorId)
    },

    async favorite(slug: string, userId: number) {
      const row = await articles.findBySlug(slug)
      if (!row) throw notFound('article')
      await articles.favorite(userId, row.id)
      return get(slug, userId)
    },

    async unfavorite(slug: string, userId: number) {
      const row = await articles.findBySlug(slug)
      if (!row) throw notFound('article')
      await articles.unfavorite(userId, row.id)
      return get(slug, userId)
    },

    /** Used by comments: the article's id, or a 404. */
    async idOf(slug: string): Promise<number> {
      const row = await articles.findBySlug(slug)
      if (!row) throw notFound('article')
      return row.id
    },
  }
}
