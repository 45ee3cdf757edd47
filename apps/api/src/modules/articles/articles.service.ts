import type { ContentChanges } from '../../db/content-changes'
import type { Db } from '../../db/database'
import { forbidden, notFound, preconditionFailed } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import { isTransientConflict, uniqueViolationColumn } from '../../lib/db-errors'
import type { TagsService } from '../tags/tags.service'
import type { UsersService } from '../users/users.service'
import { acceptedVersions } from './article-etag'
import type { ArticleSearchRepository } from './article-search.repository'
import type { ArticleAccess, ArticleFilter, ArticlesRepository } from './articles.repository'
import type { CreateArticleInput, UpdateArticleInput } from './articles.schemas'
import { type ArticleRead, toArticle, toArticleRead, toSearchResult } from './articles.serialize'
import { newPreviewToken, previewTokenMatches } from './preview-token'
import { type SearchCache, searchKey } from './search-cache'
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

type Page = { limit: number; offset: number }

export function createArticlesService(deps: {
  changes: ContentChanges
  articles: ArticlesRepository
  search: ArticleSearchRepository
  /** Recent searches' pages; absent, every search is computed. */
  searchCache?: SearchCache
  tags: TagsService
  users: UsersService
}) {
  const { changes, articles, search, tags, users } = deps
  const searchCache: SearchCache = deps.searchCache ?? ((_key, compute) => compute())

  /**
   * Whether the viewer may see it: anyone when it is listed; otherwise its author, a preview link to a draft
   * (never to hidden content), or a moderator. The role is read only on that rare path: reads stay as fast.
   */
  const canSee = async (
    row: Pick<ArticleAccess, 'isListed' | 'authorId' | 'previewToken' | 'hidden'>,
    viewerId: number | null,
    preview?: string,
  ) =>
    Boolean(row.isListed) ||
    row.authorId === viewerId ||
    (!row.hidden && preview !== undefined && previewTokenMatches(preview, row.previewToken)) ||
    (Boolean(row.hidden) && viewerId !== null && (await users.isStaff(viewerId)))

  async function find(slug: string) {
    const row = await articles.findBySlug(slug)
    if (!row) throw notFound('article')
    return row
  }

  /** Someone else's draft is as good as missing: 404, never 403. */
  async function findVisible(slug: string, viewerId: number | null) {
    const row = await find(slug)
    if (!(await canSee(row, viewerId))) throw notFound('article')
    return row
  }

  async function findOwned(slug: string, userId: number) {
    const row = await findVisible(slug, userId)
    if (row.authorId !== userId) throw forbidden('article')
    return row
  }

  async function uniqueSlug(tx: Db, title: string, ownSlug?: string): Promise<string> {
    const base = slugify(title)
    if (base === ownSlug) return base
    return (await articles.slugTaken(tx, base)) ? withSuffix(base) : base
  }

  /**
   * The one place where an article enters or leaves the lists, and so the one place that moves the
   * counters that count listed articles (all, per author, per tag): on publish, unpublish, retag and delete.
   * A new `tagList` is linked here too, so a listed article's tag counters follow its tags. (A new article on
   * PostgreSQL is counted by the same rules inside `articles.insertWhole`'s one statement.)
   */
  async function relist(
    tx: Db,
    article: { id: number; authorId: number },
    change: { from: boolean; to: boolean; tagList?: readonly string[]; created?: true },
  ) {
    const { from, to, tagList } = change
    if (change.created) {
      // Fewer statements for the most common write: links and tag counters in one pass.
      await tags.tagNewArticle(tx, article.id, tagList ?? [], to)
      if (to) {
        await articles.countListed(tx, article.id, 1)
        await users.countArticle(tx, article.authorId, 1)
      }
      return
    }
    if (from && !to) {
      await articles.countListed(tx, article.id, -1)
      await users.countArticle(tx, article.authorId, -1)
    }
    if (from && (!to || tagList)) await tags.countArticle(tx, article.id, -1)
    if (tagList) await tags.setArticleTags(tx, article.id, tagList)
    if (to && (!from || tagList)) await tags.countArticle(tx, article.id, 1)
    if (to && !from) {
      await articles.countListed(tx, article.id, 1)
      await users.countArticle(tx, article.authorId, 1)
    }
  }

  async function get(slug: string, viewerId: number | null, preview?: string): Promise<ArticleRead> {
    return (await read(slug, viewerId, preview)).article
  }

  /** The article, and which article and author it shows, so a cache knows which changes make it stale. */
  async function read(slug: string, viewerId: number | null, preview?: string) {
    const view = await articles.findView(slug, viewerId)
    if (!view) throw notFound('article')
    if (!(await canSee(view, viewerId, preview))) throw notFound('article')
    return { article: toArticleRead(view, viewerId), shows: { articleId: view.id, authorId: view.authorId } }
  }

  return {
    get,
    read,

    async list(filter: ArticleFilter, page: Page, viewerId: number | null) {
      const [rows, articlesCount] = await Promise.all([
        articles.listPage(filter, viewerId, page.limit, page.offset),
        articles.count(filter),
      ])
      return { articles: rows.map(toArticle), articlesCount }
    },

    async drafts(authorId: number, page: Page) {
      const [rows, articlesCount] = await Promise.all([
        articles.draftsPage(authorId, page.limit, page.offset),
        articles.countDrafts(authorId),
      ])
      return { articles: rows.map(toArticle), articlesCount }
    },

    /**
     * Matches for `words` (see lib/search-words.ts), most relevant first, each with its highlight. The page's
     * ids and count may come from the search cache; views and highlights are built for this page and viewer.
     */
    async search(words: readonly string[], filter: ArticleFilter, page: Page, viewerId: number | null) {
      const found = await searchCache(searchKey(words, filter, page.limit, page.offset), () =>
        search.find(words, filter, page.limit, page.offset),
      )
      const rows = await search.views(found.ids, viewerId)
      return { articles: rows.map((row) => toSearchResult(row, words)), articlesCount: found.count }
    },

    /** The article, its tags, its counters and its search index row are written in one transaction. */
    async create(authorId: number, input: CreateArticleInput) {
      const tagList = cleanTags(input.tagList ?? [])
      const published = input.published ?? true
      const slug = await withConflictRetry(() =>
        changes.transaction(async (tx, changed) => {
          await changed({ authorIds: [authorId], tags: tagList })
          const previewToken = newPreviewToken()
          const now = timestamp()
          // A new article has no index row to replace, and its text and tags are at hand.
          const indexed = { ...input, tags: tagList.join(' ') }
          if (articles.insertWhole) {
            const base = slugify(input.title)
            const created = await articles.insertWhole(tx, {
              ...input,
              ...{ authorId, published, previewToken, now, tagList, search: indexed },
              ...{ base, suffixed: withSuffix(base) },
            })
            // A tag another writer created and committed after the statement's snapshot was linked by
            // neither of its branches: link the list again as a retag does (a rare second step).
            if (created.linked < tagList.length) {
              await relist(tx, { id: created.id, authorId }, { from: published, to: published, tagList })
            }
            return created.slug
          }
          const slug = await uniqueSlug(tx, input.title)
          const { id } = await articles.insert(tx, {
            slug,
            title: input.title,
            description: input.description,
            body: input.body,
            authorId,
            published,
            previewToken,
            now,
          })
          if (published) await search.indexNew(tx, id, indexed)
          // Last: the counters are rows every writer shares (a tag's, the total), and on PostgreSQL each is
          // locked from its update to the COMMIT. Taken last, they are held for the shortest time.
          await relist(tx, { id, authorId }, { from: false, to: published, tagList, created: true })
          return slug
        }),
      )
      return get(slug, authorId)
    },

    /**
     * With `ifMatch` (the If-Match header's tags), the edit applies only if the article is still at a
     * version they name, checked by the UPDATE itself: of two writers holding the same tag, one wins.
     */
    async update(slug: string, userId: number, input: UpdateArticleInput, ifMatch?: readonly string[]) {
      const row = await findOwned(slug, userId)
      const versions = ifMatch === undefined ? undefined : acceptedVersions(ifMatch, row.id)
      if (versions?.length === 0) throw preconditionFailed('article')
      const tagList = input.tagList === undefined ? undefined : cleanTags(input.tagList)
      const newSlug = await withConflictRetry(() =>
        changes.transaction(async (tx, changed) => {
          await changed({ articleIds: [row.id], authorIds: [row.authorId], tags: tagList ?? [] })
          const wasListed = await articles.isListed(tx, row.id)
          const titleChanged = input.title !== undefined && input.title !== row.title
          const nextSlug =
            titleChanged && input.title !== undefined ? await uniqueSlug(tx, input.title, row.slug) : row.slug
          const updated = await articles.update(
            tx,
            row.id,
            {
              ...(titleChanged ? { title: input.title, slug: nextSlug } : {}),
              ...(input.description !== undefined ? { description: input.description } : {}),
              ...(input.body !== undefined ? { body: input.body } : {}),
              ...(input.published !== undefined ? { published: input.published } : {}),
              updatedAt: timestamp(),
            },
            versions,
          )
          if (!updated) throw preconditionFailed('article')
          // Publishing a hidden article does not list it: the row says what it is now.
          const nowListed = input.published === undefined ? wasListed : await articles.isListed(tx, row.id)
          await relist(tx, row, { from: wasListed, to: nowListed, tagList })
          // Text, tags or listing may have changed: the index follows all three (drafts leave it).
          await search.reindex(tx, row.id)
          return nextSlug
        }),
      )
      return get(newSlug, userId)
    },

    /** Its tags, favourites and comments go with it, and it leaves every counter. */
    async remove(slug: string, userId: number) {
      const row = await findOwned(slug, userId)
      await changes.transaction(async (tx, changed) => {
        await changed({ articleIds: [row.id], authorIds: [row.authorId] })
        await relist(tx, row, { from: await articles.isListed(tx, row.id), to: false })
        await articles.remove(tx, row.id)
      })
    },

    /**
     * Deleting an account, in one transaction: the user's articles go, with their tags, favourites and
     * comments, the user's favourites leave the counts of the articles they marked, then `removeUser` runs.
     * Only listed articles are on the counters (see `relist`), so only those leave them; drafts just go.
     */
    async removeAllOf(userId: number, removeUser: (tx: Db) => Promise<void>) {
      await changes.transaction(async (tx, changed) => {
        const { authored, listed, favorited } = await articles.idsTouchedBy(tx, userId)
        await changed({
          articleIds: [...new Set([...authored, ...favorited])],
          authorIds: [userId],
          viewerIds: [userId],
          accountIds: [userId],
        })
        await articles.unfavoriteAllBy(tx, userId)
        await tags.releaseArticles(tx, listed)
        await articles.removeAllBy(tx, userId)
        await removeUser(tx)
      })
    },

    /** A new preview link; the old one stops working at once. */
    async rotatePreviewToken(slug: string, userId: number) {
      const row = await findOwned(slug, userId)
      await changes.transaction(async (tx, changed) => {
        // The token is part of the author's cached read of the article.
        await changed({ articleIds: [row.id] })
        await articles.setPreviewToken(tx, row.id, newPreviewToken())
      })
      return get(slug, userId)
    },

    async favorite(slug: string, userId: number) {
      const row = await findVisible(slug, userId)
      await changes.transaction(async (tx, changed) => {
        await changed({ articleIds: [row.id], viewerIds: [userId] })
        await articles.favorite(tx, userId, row.id)
      })
      return get(slug, userId)
    },

    async unfavorite(slug: string, userId: number) {
      const row = await findVisible(slug, userId)
      await changes.transaction(async (tx, changed) => {
        await changed({ articleIds: [row.id], viewerIds: [userId] })
        await articles.unfavorite(tx, userId, row.id)
      })
      return get(slug, userId)
    },

    /** For moderation: any article by slug, listed or not, or a 404. */
    find,

    /**
     * Hides (`hiddenAt`) or restores (null) an article inside the caller's transaction (which reports the
     * change): it leaves or rejoins the lists, counters and search index through `relist`.
     */
    async setHidden(tx: Db, article: { id: number; authorId: number }, hiddenAt: string | null) {
      const from = await articles.isListed(tx, article.id)
      await articles.setHidden(tx, article.id, hiddenAt)
      const to = await articles.isListed(tx, article.id)
      if (from !== to) {
        await relist(tx, article, { from, to })
        await search.reindex(tx, article.id)
      }
    },

    /**
     * Marks every article of an author as the author's suspension has it, inside the caller's transaction;
     * each one that leaves or rejoins the lists moves the counters through `relist`. Answers the ids of the
     * author's articles, for the caller's change report.
     */
    async setAuthorSuspended(tx: Db, authorId: number, suspended: boolean): Promise<number[]> {
      const before = await articles.listingOfAuthor(tx, authorId)
      await articles.setAuthorSuspended(tx, authorId, suspended)
      const after = new Map(
        (await articles.listingOfAuthor(tx, authorId)).map((row) => [row.id, row.isListed]),
      )
      for (const { id, isListed: from } of before) {
        const to = after.get(id) ?? false
        if (from === to) continue
        await relist(tx, { id, authorId }, { from, to })
        await search.reindex(tx, id)
      }
      return before.map((row) => row.id)
    },

    /** A moderator's delete, inside the caller's transaction: as the author's own, it leaves every counter. */
    async removeInTransaction(tx: Db, article: { id: number; authorId: number }) {
      await relist(tx, article, { from: await articles.isListed(tx, article.id), to: false })
      await articles.remove(tx, article.id)
    },

    /** Used by comments: the article's id, or a 404 when it is missing or someone else's draft. */
    async idVisibleTo(slug: string, viewerId: number | null): Promise<number> {
      return (await findVisible(slug, viewerId)).id
    },
  }
}
