import { CompiledQuery } from 'kysely'
import type { Db, Dialect } from '../../db/database'
import { prepared } from '../../db/prepared'

export type ArticleFilter = { tag?: string; author?: string; favorited?: string; feedOf?: number }

/** An article as one viewer sees it, with its author and its tags in alphabetical order. */
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
  following: boolean
  favorited: boolean
  tagList: string[]
}

/** As the statement returns it: booleans are 0/1 on SQLite, and tags are unordered. */
export type ViewRow = Omit<ArticleView, 'following' | 'favorited' | 'tagList'> & {
  following: boolean | number
  favorited: boolean | number
  /** A text[] on PostgreSQL; on SQLite the names joined with TAG_SEPARATOR. */
  tagList: string[] | string | null
}

const TAG_SEPARATOR = '\u001f'

export function toView(row: ViewRow): ArticleView {
  const tags = Array.isArray(row.tagList) ? row.tagList : row.tagList ? row.tagList.split(TAG_SEPARATOR) : []
  // Alphabetical, as RealWorld clients expect.
  return {
    ...row,
    following: Boolean(row.following),
    favorited: Boolean(row.favorited),
    tagList: tags.sort(),
  }
}

/** `?` placeholders become `$1, $2, …` on PostgreSQL. */
export function numbered(dialect: Dialect, sql: string): string {
  if (dialect === 'sqlite') return sql
  let index = 0
  return sql.replace(/\?/g, () => `$${++index}`)
}

export type Filtered = {
  join: string
  where: string[]
  params: (string | number)[]
  orderBy: string
  shape: string
}

/**
 * Each filter is answered from an index. A tag filter drives the query from the (tag, article) index, walked
 * newest first, so a page costs the same whether the tag has ten articles or ten thousand.
 */
export function filterClauses(filter: ArticleFilter): Filtered {
  const where: string[] = []
  const params: (string | number)[] = []
  const byTag = filter.tag !== undefined
  if (byTag) {
    where.push('ft.tag_id = (select id from tags where name = ?)')
    params.push(filter.tag as string)
  }
  if (filter.feedOf !== undefined) {
    where.push('a.author_id in (select followed_id from follows where follower_id = ?)')
    params.push(filter.feedOf)
  }
  if (filter.author !== undefined) {
    where.push('a.author_id = (select id from users where username = ?)')
    params.push(filter.author)
  }
  if (filter.favorited !== undefined) {
    where.push(
      'a.id in (select v.article_id from favorites v join users fu on fu.id = v.user_id where fu.username = ?)',
    )
    params.push(filter.favorited)
  }
  return {
    join: byTag ? 'join article_tags ft on ft.article_id = a.id' : '',
    where,
    params,
    orderBy: byTag ? 'ft.article_id' : 'a.id',
    shape:
      (Object.keys(filter) as (keyof ArticleFilter)[])
        .filter((key) => filter[key] !== undefined)
        .sort()
        .join(',') || 'all',
  }
}

export const whereSql = (where: string[]) => (where.length > 0 ? `where ${where.join(' and ')}` : '')

/**
 * Whether an article shows in lists, search results and feeds. Today every article does; a condition that
 * hides some (drafts, moderation) is ANDed in here. Search follows through its index, which holds only listed
 * articles (article-search.repository.ts `reindex`), so a write that changes listing must reindex.
 */
export const listed = (_alias: string): string => 'true'

/**
 * The columns of an article view, read from `articles a join users u`, with the viewer's follow and favourite
 * (two `?` placeholders for the viewer's id when signed in) and the tags.
 */
export function viewSelectSql(
  dialect: Dialect,
  viewer: 'anonymous' | 'signed-in',
  from = 'articles a',
): string {
  const tags =
    dialect === 'postgres'
      ? 'array(select t.name from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id)'
      : '(select group_concat(t.name, char(31)) from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id)'
  const relations =
    viewer === 'anonymous'
      ? 'false as "following", false as "favorited"'
      : `exists(select 1 from follows f where f.follower_id = ? and f.followed_id = a.author_id) as "following",
  exists(select 1 from favorites v where v.user_id = ? and v.article_id = a.id) as "favorited"`
  return `select a.id, a.slug, a.title, a.description, a.body, a.author_id as "authorId",
  a.favorites_count as "favoritesCount", a.created_at as "createdAt", a.updated_at as "updatedAt",
  u.username as "authorUsername", u.bio as "authorBio", u.image as "authorImage",
  ${relations},
  ${tags} as "tagList"
from ${from} join users u on u.id = a.author_id`
}

/**
 * Lists and single articles are the hot reads, so each is one hand-written statement (author, follow,
 * favourite and tags included) instead of a query per related set. Its text is built once per filter shape,
 * and on SQLite its prepared statement is reused. An anonymous reader follows and favourites nothing, so
 * those lookups are left out; tags come unordered (an ordered aggregate costs a sorter per row) and are
 * sorted by the caller.
 */
function articleViewSql(
  dialect: Dialect,
  filtered: { join: string; where: string[]; orderBy?: string },
  viewer: 'anonymous' | 'signed-in',
): string {
  const sql = `${viewSelectSql(dialect, viewer)}
${filtered.orderBy ? `where a.id in (${pageIdsSql(filtered, filtered.orderBy)}) order by a.id desc` : whereSql(filtered.where)}`
  return numbered(dialect, sql)
}

/**
 * A page's ids are chosen from the indexes alone; only those rows are then read in full. Sorting whole rows
 * (bodies included) for a feed cost more than everything else in the request.
 */
function pageIdsSql(filtered: { join: string; where: string[] }, orderBy: string): string {
  return `select a.id from articles a ${filtered.join} ${whereSql(filtered.where)} order by ${orderBy} desc limit ? offset ?`
}

/**
 * Counts read the counters kept on article_stats, users and tags (see migration 002); a feed sums its
 * authors' counters. Only a combination of filters counts rows, over indexes.
 */
function countSql(dialect: Dialect, filtered: Filtered): string {
  const only = (key: keyof ArticleFilter) => filtered.shape === key
  if (filtered.shape === 'all') return 'select articles_count as "count" from article_stats where id = 1'
  if (only('author'))
    return numbered(
      dialect,
      'select coalesce((select articles_count from users where username = ?), 0) as "count"',
    )
  if (only('tag'))
    return numbered(
      dialect,
      'select coalesce((select articles_count from tags where name = ?), 0) as "count"',
    )
  if (only('feedOf')) {
    return numbered(
      dialect,
      'select coalesce(sum(u.articles_count), 0) as "count" from follows f join users u on u.id = f.followed_id where f.follower_id = ?',
    )
  }
  return numbered(
    dialect,
    `select count(*) as "count" from articles a ${filtered.join} ${whereSql(filtered.where)}`,
  )
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>

/** Reads run on the shared connection; every write takes the caller's transaction (the service opens it). */
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

  const views = async (sql: string, params: unknown[]) =>
    (await db.executeQuery<ViewRow>(CompiledQuery.raw(sql, params))).rows.map(toView)

  /** Moves the count of all articles by `delta`. */
  async function countAll(tx: Db, delta: 1 | -1) {
    await tx
      .updateTable('articleStats')
      .set((eb) => ({ articlesCount: eb('articlesCount', '+', delta) }))
      .where('id', '=', 1)
      .execute()
  }

  /** Moves an article's favourites counter by `delta`. */
  async function countFavorites(tx: Db, articleId: number, delta: 1 | -1) {
    await tx
      .updateTable('articles')
      .set((eb) => ({ favoritesCount: eb('favoritesCount', '+', delta) }))
      .where('id', '=', articleId)
      .execute()
  }

  return {
    /** Newest first; ids grow with time, and ordering by the key needs no extra index. */
    listPage(
      filter: ArticleFilter,
      viewerId: number | null,
      limit: number,
      offset: number,
    ): Promise<ArticleView[]> {
      const filtered = filterClauses(filter)
      if (viewerId === null) {
        const sql = cached(`list:${filtered.shape}:anonymous`, () =>
          articleViewSql(dialect, filtered, 'anonymous'),
        )
        return views(sql, [...filtered.params, limit, offset])
      }
      const sql = cached(`list:${filtered.shape}`, () => articleViewSql(dialect, filtered, 'signed-in'))
      return views(sql, [viewerId, viewerId, ...filtered.params, limit, offset])
    },

    async count(filter: ArticleFilter): Promise<number> {
      const filtered = filterClauses(filter)
      const sql = cached(`count:${filtered.shape}`, () => countSql(dialect, filtered))
      const [row] = (await db.executeQuery<{ count: number }>(CompiledQuery.raw(sql, filtered.params))).rows
      return Number(row?.count ?? 0)
    },

    async findView(slug: string, viewerId: number | null): Promise<ArticleView | undefined> {
      const bySlug = { join: '', where: ['a.slug = ?'] }
      const [view] =
        viewerId === null
          ? await views(
              cached('one:anonymous', () => articleViewSql(dialect, bySlug, 'anonymous')),
              [slug],
            )
          : await views(
              cached('one', () => articleViewSql(dialect, bySlug, 'signed-in')),
              [viewerId, viewerId, slug],
            )
      return view
    },

    findBySlug: prepared<[slug: string], { id: number; slug: string; title: string; authorId: number }>(
      db,
      db.selectFrom('articles').select(['id', 'slug', 'title', 'authorId']).where('slug', '=', ''),
    ),

    async slugTaken(tx: Db, slug: string): Promise<boolean> {
      return (
        (await tx.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst()) !==
        undefined
      )
    },

    /** Inserts the article and counts it among all articles. */
    async insert(
      tx: Db,
      article: {
        slug: string
        title: string
        description: string
        body: string
        authorId: number
        now: string
      },
    ): Promise<{ id: number }> {
      const inserted = await tx
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
      await countAll(tx, 1)
      return inserted
    },

    async update(
      tx: Db,
      id: number,
      changes: Partial<{ slug: string; title: string; description: string; body: string }> & {
        updatedAt: string
      },
    ) {
      await tx.updateTable('articles').set(changes).where('id', '=', id).execute()
    },

    /** Deletes the article (its tags, favourites and comments cascade) and takes it off the total. */
    async remove(tx: Db, id: number) {
      await countAll(tx, -1)
      await tx.deleteFrom('articles').where('id', '=', id).execute()
    },

    /** Adds a favourite and bumps the counter only when the row is new. */
    async favorite(tx: Db, userId: number, articleId: number) {
      const inserted = await tx
        .insertInto('favorites')
        .values({ userId, articleId })
        .onConflict((oc) => oc.columns(['userId', 'articleId']).doNothing())
        .returning('articleId')
        .executeTakeFirst()
      if (inserted) await countFavorites(tx, articleId, 1)
    },

    async unfavorite(tx: Db, userId: number, articleId: number) {
      const deleted = await tx
        .deleteFrom('favorites')
        .where('userId', '=', userId)
        .where('articleId', '=', articleId)
        .returning('articleId')
        .executeTakeFirst()
      if (deleted) await countFavorites(tx, articleId, -1)
    },
  }
}
