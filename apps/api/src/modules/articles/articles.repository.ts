import type { SelectQueryBuilder } from 'kysely'
import type { Db } from '../../db/database'
import type { Database } from '../../db/schema'

export type ArticleFilter = { tag?: string; author?: string; favorited?: string; feedOf?: number }

export type ArticleRow = {
  id: number
  slug: string
  title: string
  description: string
  authorId: number
  favoritesCount: number
  createdAt: string
  updatedAt: string
}

export type FullArticleRow = ArticleRow & { body: string }

const summaryColumns = [
  'a.id',
  'a.slug',
  'a.title',
  'a.description',
  'a.authorId',
  'a.favoritesCount',
  'a.createdAt',
  'a.updatedAt',
] as const

type ArticlesQuery<O> = SelectQueryBuilder<Database & { a: Database['articles'] }, 'a', O>

/** Every filter is an indexed subquery on the article id or author, so it composes with paging and counting. */
function applyFilter<O>(query: ArticlesQuery<O>, filter: ArticleFilter): ArticlesQuery<O> {
  let q = query
  if (filter.feedOf !== undefined) {
    const followerId = filter.feedOf
    q = q.where('a.authorId', 'in', (eb) =>
      eb.selectFrom('follows').select('follows.followedId').where('follows.followerId', '=', followerId),
    )
  }
  if (filter.author !== undefined) {
    const author = filter.author
    q = q.where('a.authorId', 'in', (eb) =>
      eb.selectFrom('users').select('users.id').where('users.username', '=', author),
    )
  }
  if (filter.tag !== undefined) {
    const tag = filter.tag
    q = q.where('a.id', 'in', (eb) =>
      eb
        .selectFrom('articleTags')
        .innerJoin('tags', 'tags.id', 'articleTags.tagId')
        .select('articleTags.articleId')
        .where('tags.name', '=', tag),
    )
  }
  if (filter.favorited !== undefined) {
    const username = filter.favorited
    q = q.where('a.id', 'in', (eb) =>
      eb
        .selectFrom('favorites')
        .innerJoin('users', 'users.id', 'favorites.userId')
        .select('favorites.articleId')
        .where('users.username', '=', username),
    )
  }
  return q
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>

export function createArticlesRepository(db: Db) {
  return {
    /** Newest first; ids grow with time, and ordering by the key needs no extra index. */
    listPage(filter: ArticleFilter, limit: number, offset: number): Promise<ArticleRow[]> {
      return applyFilter(db.selectFrom('articles as a').select(summaryColumns), filter)
        .orderBy('a.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute()
    },

    async count(filter: ArticleFilter): Promise<number> {
      const row = await applyFilter(
        db.selectFrom('articles as a').select((eb) => eb.fn.countAll<number>().as('count')),
        filter,
      ).executeTakeFirstOrThrow()
      return Number(row.count)
    },

    findBySlug(slug: string): Promise<FullArticleRow | undefined> {
      return db
        .selectFrom('articles as a')
        .select([...summaryColumns, 'a.body'])
        .where('a.slug', '=', slug)
        .executeTakeFirst()
    },

    async slugTaken(slug: string, tx: Db = db): Promise<boolean> {
      return (
        (await tx.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst()) !==
        undefined
      )
    },

    /** Tag names per article, in the order the author gave them, for a whole page in one query. */
    async tagsFor(articleIds: readonly number[], tx: Db = db): Promise<Map<number, string[]>> {
      const tags = new Map<number, string[]>(articleIds.map((id) => [id, []]))
      if (articleIds.length === 0) return tags
      const rows = await tx
        .selectFrom('articleTags')
        .innerJoin('tags', 'tags.id', 'articleTags.tagId')
        .select(['articleTags.articleId', 'tags.name'])
        .where('articleTags.articleId', 'in', articleIds)
        .orderBy('articleTags.articleId')
        .orderBy('articleTags.position')
        .execute()
      for (const row of rows) tags.get(row.articleId)?.push(row.name)
      return tags
    },

    async favoritedAmong(userId: number, articleIds: readonly number[]): Promise<Set<number>> {
      if (articleIds.length === 0) return new Set()
      const rows = await db
        .selectFrom('favorites')
        .select('articleId')
        .where('userId', '=', userId)
        .where('articleId', 'in', articleIds)
        .execute()
      return new Set(rows.map((row) => row.articleId))
    },

    insert(
      article: {
        slug: string
        title: string
        description: string
        body: string
        authorId: number
        now: string
      },
      tx: Db,
    ) {
      return tx
        .insertInto('articles')
        .values({
          slug: article.slug,
          title: article.title,
          description: article.description,
          body: article.body,
          authorId: article.authorId,
          createdAt: article.now,
          updatedAt: article.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    async update(
      id: number,
      changes: Partial<{ slug: string; title: string; description: string; body: string }> & {
        updatedAt: string
      },
      tx: Db,
    ) {
      await tx.updateTable('articles').set(changes).where('id', '=', id).execute()
    },

    async remove(id: number) {
      await db.deleteFrom('articles').where('id', '=', id).execute()
    },

    /** Replaces an article's tags: creates the missing tag rows, then links them in order. */
    async setTags(articleId: number, names: readonly string[], tx: Db) {
      await tx.deleteFrom('articleTags').where('articleId', '=', articleId).execute()
      if (names.length === 0) return
      await tx
        .insertInto('tags')
        .values(names.map((name) => ({ name })))
        .onConflict((oc) => oc.column('name').doNothing())
        .execute()
      const tags = await tx.selectFrom('tags').select(['id', 'name']).where('name', 'in', names).execute()
      const idOf = new Map(tags.map((tag) => [tag.name, tag.id]))
      await tx
        .insertInto('articleTags')
        .values(names.map((name, position) => ({ articleId, tagId: idOf.get(name) ?? 0, position })))
        .execute()
    },

    /** Adds a favourite and bumps the counter only when the row is new, in one transaction. */
    favorite(userId: number, articleId: number) {
      return db.transaction().execute(async (tx) => {
        const inserted = await tx
          .insertInto('favorites')
          .values({ userId, articleId })
          .onConflict((oc) => oc.columns(['userId', 'articleId']).doNothing())
          .returning('articleId')
          .executeTakeFirst()
        if (inserted) {
          await tx
            .updateTable('articles')
            .set((eb) => ({ favoritesCount: eb('favoritesCount', '+', 1) }))
            .where('id', '=', articleId)
            .execute()
        }
      })
    },

    unfavorite(userId: number, articleId: number) {
      return db.transaction().execute(async (tx) => {
        const deleted = await tx
          .deleteFrom('favorites')
          .where('userId', '=', userId)
          .where('articleId', '=', articleId)
          .returning('articleId')
          .executeTakeFirst()
        if (deleted) {
          await tx
            .updateTable('articles')
            .set((eb) => ({ favoritesCount: eb('favoritesCount', '-', 1) }))
            .where('id', '=', articleId)
            .execute()
        }
      })
    },
  }
}
