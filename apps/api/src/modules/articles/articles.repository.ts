import { CompiledQuery } from 'kysely'
import type { Db, Dialect } from '../../db/database'

export type ArticleFilter = { tag?: string; author?: string; favorited?: string; feedOf?: number }

/** An article as one viewer sees it, with its author and tags, as a single statement returns it. */
export type ArticleView = {
  id: number
  slug: string
  title: string
  description: string
  body: string
  authorId: number
  favoritesCount: number
  createdAt: string
  updatedAt: string
  authorUsername: string
  authorBio: string
  authorImage: string | null
  following: boolean | number
  favorited: boolean | number
  /** A text[] on PostgreSQL; on SQLite the names joined with TAG_SEPARATOR. */
  tagList: string[] | string | null
}

export const TAG_SEPARATOR = '\u001f'

/**
 * Lists and single articles are the hot reads, so each is one hand-written statement (author, follow,
 * favourite and tags included) instead of a query per related set. Its text is built once per filter shape,
 * and on SQLite its prepared statement is reused.
 */
function articleViewSql(dialect: Dialect, where: string[], options: { page: boolean }): string {
  const tags =
    dialect === 'postgres'
      ? 'array(select t.name from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id order by t.name)'
      : '(select group_concat(t.name, char(31) order by t.name) from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id)'
  const sql = `select a.id, a.slug, a.title, a.description, a.body, a.author_id as "authorId",
  a.favorites_count as "favoritesCount", a.created_at as "createdAt", a.updated_at as "updatedAt",
  u.username as "authorUsername", u.bio as "authorBio", u.image as "authorImage",
  exists(select 1 from follows f where f.follower_id = ? and f.followed_id = a.author_id) as "following",
  exists(select 1 from favorites v where v.user_id = ? and v.article_id = a.id) as "favorited",
  ${tags} as "tagList"
from articles a join users u on u.id = a.author_id
${where.length > 0 ? `where ${where.join(' and ')}` : ''}
${options.page ? 'order by a.id desc limit ? offset ?' : ''}`
  return numbered(dialect, sql)
}

/** `?` placeholders become `$1, $2, …` on PostgreSQL. */
function numbered(dialect: Dialect, sql: string): string {
  if (dialect === 'sqlite') return sql
  let index = 0
  return sql.replace(/\?/g, () => `$${++index}`)
}

const filters = {
  feedOf: 'a.author_id in (select followed_id from follows where follower_id = ?)',
  author: 'a.author_id = (select id from users where username = ?)',
  tag: 'a.id in (select at.article_id from article_tags at join tags t on t.id = at.tag_id where t.name = ?)',
  favorited:
    'a.id in (select v.article_id from favorites v join users fu on fu.id = v.user_id where fu.username = ?)',
} as const

/** Each filter is an indexed subquery on the article id or author, so filters compose with paging and counting. */
function filterClauses(filter: ArticleFilter) {
  const keys = (Object.keys(filters) as (keyof typeof filters)[]).filter((key) => filter[key] !== undefined)
  return {
    where: keys.map((key) => filters[key]),
    params: keys.map((key) => filter[key] as string | number),
    shape: keys.join(',') || 'all',
  }
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>

export function createArticlesRepository(db: Db, dialect: Dialect) {
  const sqlByShape = new Map<string, string>()
  const cached = (key: string, build: () => string) => {
    let sql = sqlByShape.get(key)
    if (sql === undefined) {
      sql = build()
      sqlByShape.set(key, sql)
    }
    return sql
  }
  const rows = async <T>(sql: string, params: unknown[]) =>
    (await db.executeQuery<T>(CompiledQuery.raw(sql, params))).rows

  return {
    /** Newest first; ids grow with time, and ordering by the key needs no extra index. */
    listPage(
      filter: ArticleFilter,
      viewerId: number | null,
      limit: number,
      offset: number,
    ): Promise<ArticleView[]> {
      const { where, params, shape } = filterClauses(filter)
      const sql = cached(`list:${shape}`, () => articleViewSql(dialect, where, { page: true }))
      const viewer = viewerId ?? 0
      return rows<ArticleView>(sql, [viewer, viewer, ...params, limit, offset])
    },

    async count(filter: ArticleFilter): Promise<number> {
      const { where, params, shape } = filterClauses(filter)
      const sql = cached(`count:${shape}`, () =>
        numbered(
          dialect,
          `select count(*) as "count" from articles a${where.length > 0 ? ` where ${where.join(' and ')}` : ''}`,
        ),
      )
      const [row] = await rows<{ count: number }>(sql, params)
      return Number(row?.count ?? 0)
    },

    async findView(slug: string, viewerId: number | null): Promise<ArticleView | undefined> {
      const sql = cached('one', () => articleViewSql(dialect, ['a.slug = ?'], { page: false }))
      const viewer = viewerId ?? 0
      const [row] = await rows<ArticleView>(sql, [viewer, viewer, slug])
      return row
    },

    findBySlug(slug: string) {
      return db
        .selectFrom('articles')
        .select(['id', 'slug', 'title', 'authorId'])
        .where('slug', '=', slug)
        .executeTakeFirst()
    },

    async slugTaken(slug: string, tx: Db = db): Promise<boolean> {
      return (
        (await tx.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst()) !==
        undefined
      )
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
        .values(names.map((name) => ({ articleId, tagId: idOf.get(name) ?? 0 })))
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
