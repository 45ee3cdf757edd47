import { CompiledQuery, sql } from 'kysely'
import { COUNTER_SHARDS, shardOf } from '../../db/counter-shards'
import type { Db, Dialect } from '../../db/database'
import { prepared } from '../../db/prepared'
import { postgresDocument, type SearchSource } from '../../db/search-index'

export type ArticleFilter = { tag?: string; author?: string; favorited?: string; feedOf?: number }

/**
 * The one rule for which articles lists, feeds, search, counts and tag counters show: published ones that no
 * moderator hid and whose author is not suspended (docs/decisions/016). Every list statement and counter transition follows it, and
 * the search index holds only listed articles (article-search.repository.ts `reindex`), so a write that
 * changes listing must reindex.
 */
export const listed = (alias: string) =>
  `${alias}.published = 1 and ${alias}.hidden_at is null and ${alias}.author_suspended = 0`

/** Kept from everyone but its author and moderators: hidden by a moderator, or its author is suspended. */
const hiddenSql = (alias: string) => `(${alias}.hidden_at is not null or ${alias}.author_suspended = 1)`

/** An article as one viewer sees it, with its author and its tags in alphabetical order. */
export type ArticleView = {
  id: number
  slug: string
  title: string
  description: string
  body: string
  authorId: number
  favoritesCount: number
  published: boolean
  /** Whether lists show it (see `listed`). */
  isListed: boolean
  /** Hidden by a moderator or by its author's suspension. */
  hidden: boolean
  publishedAt: string | null
  version: number
  previewToken: string | null
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
export type ViewRow = Omit<
  ArticleView,
  'following' | 'favorited' | 'tagList' | 'published' | 'isListed' | 'hidden'
> & {
  published: number
  isListed: boolean | number
  hidden: boolean | number
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
    published: row.published === 1,
    isListed: Boolean(row.isListed),
    hidden: Boolean(row.hidden),
    version: Number(row.version),
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

/** Lists show the most recently published first; ids break ties. */
const BY_PUBLICATION = 'a.published_at desc, a.id desc'

/**
 * Each filter is answered from an index: all articles and an author's from (published_at, id) indexes walked
 * newest first; a tag's from the (tag, article) index, whose matches are then ordered by publication.
 */
export function filterClauses(filter: ArticleFilter): Filtered {
  const where: string[] = [listed('a')]
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
    orderBy: BY_PUBLICATION,
    shape:
      (Object.keys(filter) as (keyof ArticleFilter)[])
        .filter((key) => filter[key] !== undefined)
        .sort()
        .join(',') || 'all',
  }
}

export const whereSql = (where: string[]) => (where.length > 0 ? `where ${where.join(' and ')}` : '')

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
  a.favorites_count as "favoritesCount", a.published, a.published_at as "publishedAt", a.version,
  (${listed('a')}) as "isListed", ${hiddenSql('a')} as "hidden", a.preview_token as "previewToken", a.created_at as "createdAt",
  a.updated_at as "updatedAt", u.username as "authorUsername", u.bio as "authorBio", u.image as "authorImage",
  ${relations},
  ${tags} as "tagList"
from ${from} join users u on u.id = a.author_id`
}

/** An author's drafts, the most recently edited first (an author has few: no index of their own). */
function draftClauses(authorId: number): Filtered {
  return {
    join: '',
    where: ['a.author_id = ?', 'a.published = 0'],
    params: [authorId],
    orderBy: 'a.updated_at desc, a.id desc',
    shape: 'drafts',
  }
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
${filtered.orderBy ? `where a.id in (${pageIdsSql(filtered, filtered.orderBy)}) order by ${filtered.orderBy}` : whereSql(filtered.where)}`
  return numbered(dialect, sql)
}

/**
 * A page's ids are chosen from the indexes alone; only those rows are then read in full. Sorting whole rows
 * (bodies included) for a feed cost more than everything else in the request.
 */
function pageIdsSql(filtered: { join: string; where: string[] }, orderBy: string): string {
  return `select a.id from articles a ${filtered.join} ${whereSql(filtered.where)} order by ${orderBy} limit ? offset ?`
}

/**
 * Counts read the counters kept on article_stats, users and tag_counts (see migrations 002 and 010), which
 * count listed articles only; the sharded ones are summed; a feed sums its authors' counters. Only a combination of filters (or drafts) counts rows.
 */
function countSql(dialect: Dialect, filtered: Filtered): string {
  const only = (key: keyof ArticleFilter) => filtered.shape === key
  if (filtered.shape === 'all') return 'select coalesce(sum(articles_count), 0) as "count" from article_stats'
  if (only('author'))
    return numbered(
      dialect,
      'select coalesce((select articles_count from users where username = ?), 0) as "count"',
    )
  if (only('tag'))
    return numbered(
      dialect,
      'select coalesce(sum(c.articles_count), 0) as "count" from tag_counts c join tags t on t.id = c.tag_id where t.name = ?',
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

/** What the service needs to decide who may see or change an article. */
export type ArticleAccess = {
  id: number
  slug: string
  title: string
  authorId: number
  isListed: boolean | number
  hidden: boolean | number
  previewToken: string | null
}

/** A new article's own fields, as both ways of inserting one take them. */
type NewArticle = {
  title: string
  description: string
  body: string
  authorId: number
  published: boolean
  previewToken: string
  now: string
}

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

  function page(filtered: Filtered, viewerId: number | null, limit: number, offset: number) {
    if (viewerId === null) {
      const sql = cached(`list:${filtered.shape}:anonymous`, () =>
        articleViewSql(dialect, filtered, 'anonymous'),
      )
      return views(sql, [...filtered.params, limit, offset])
    }
    const sql = cached(`list:${filtered.shape}`, () => articleViewSql(dialect, filtered, 'signed-in'))
    return views(sql, [viewerId, viewerId, ...filtered.params, limit, offset])
  }

  async function countRows(filtered: Filtered) {
    const sql = cached(`count:${filtered.shape}`, () => countSql(dialect, filtered))
    const [row] = (await db.executeQuery<{ count: number }>(CompiledQuery.raw(sql, filtered.params))).rows
    return Number(row?.count ?? 0)
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
    /** Listed articles only, the most recently published first. */
    listPage: (filter: ArticleFilter, viewerId: number | null, limit: number, offset: number) =>
      page(filterClauses(filter), viewerId, limit, offset),

    count: (filter: ArticleFilter): Promise<number> => countRows(filterClauses(filter)),

    /** An author's drafts, the most recently edited first. */
    draftsPage: (authorId: number, limit: number, offset: number) =>
      page(draftClauses(authorId), authorId, limit, offset),

    countDrafts: (authorId: number): Promise<number> => countRows(draftClauses(authorId)),

    /** Any article, listed or not: the service decides who may see it. */
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

    findBySlug: prepared<[slug: string], ArticleAccess>(
      db,
      db
        .selectFrom('articles')
        .select(['id', 'slug', 'title', 'authorId', 'previewToken'])
        .select(sql<boolean | number>`${sql.raw(listed('articles'))}`.as('isListed'))
        .select(sql<boolean | number>`${sql.raw(hiddenSql('articles'))}`.as('hidden'))
        .where('slug', '=', ''),
    ),

    /**
     * Whether lists show it now, read inside a writing transaction. On PostgreSQL the row stays locked until
     * commit, so two concurrent publish/unpublish edits cannot both see the old state and move the counters
     * twice; SQLite runs one write transaction at a time.
     */
    async isListed(tx: Db, id: number): Promise<boolean> {
      const row = await tx
        .selectFrom('articles')
        .select(sql<boolean | number>`${sql.raw(listed('articles'))}`.as('isListed'))
        .where('id', '=', id)
        .$if(dialect === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst()
      return Boolean(row?.isListed)
    },

    async slugTaken(tx: Db, slug: string): Promise<boolean> {
      return (
        (await tx.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst()) !==
        undefined
      )
    },

    /**
     * PostgreSQL only (undefined on SQLite): a new article, its index row when published, its tags (created
     * when missing, linked) and every counter it moves, in one statement. Each statement is a network round
     * trip, ~0.24 ms of the API's CPU (0.4 ms wall) each on the bench machine (docs/decisions/019); SQLite's
     * statements are calls in the process, and it takes the step-by-step path the service states in `relist`,
     * which this follows: counted only when published, a tag's count on the article's shard. The slug is
     * `base`, or `suffixed` when `base` is taken. `linked` counts the tags it linked: fewer than `tagList`
     * means another writer created one after this statement's snapshot (the service links those).
     */
    insertWhole:
      dialect === 'postgres'
        ? async (
            tx: Db,
            article: NewArticle & {
              base: string
              suffixed: string
              tagList: readonly string[]
              search: SearchSource
            },
          ): Promise<{ id: number; slug: string; linked: number }> => {
            const { published, tagList, now } = article
            const { rows } = await sql<{ id: number; slug: string; linked: number }>`
              with chosen as (
                select case when exists (select 1 from articles where slug = ${article.base})
                  then ${article.suffixed} else ${article.base} end as slug
              ),
              a as (
                insert into articles (slug, title, description, body, author_id, published, published_at,
                  preview_token, created_at, updated_at)
                select slug, ${article.title}, ${article.description}, ${article.body}, ${article.authorId},
                  ${published ? 1 : 0}, ${published ? now : null}, ${article.previewToken}, ${now}, ${now}
                from chosen
                returning id, slug
              ),
              indexed as (
                insert into article_search (article_id, document)
                select id, ${postgresDocument(article.search)} from a where ${published}
              ),
              created_tags as (
                insert into tags (name) select name from unnest(${tagList}::text[]) as name order by name
                on conflict (name) do nothing
                returning id
              ),
              linked as (
                insert into article_tags (article_id, tag_id)
                select a.id, t.id from a,
                  (select id from created_tags union select id from tags where name = any(${tagList}::text[])) t
                returning article_id, tag_id
              ),
              tag_counted as (
                insert into tag_counts (tag_id, shard, articles_count)
                select tag_id, article_id % ${COUNTER_SHARDS}, 1 from linked where ${published}
                on conflict (tag_id, shard) do update set articles_count = tag_counts.articles_count + 1
              ),
              totalled as (
                update article_stats set articles_count = articles_count + 1
                where ${published} and id = (select id % ${COUNTER_SHARDS} + 1 from a)
              ),
              authored as (
                update users set articles_count = articles_count + 1 where ${published} and id = ${article.authorId}
              )
              select id, slug, (select count(*) from linked) as linked from a`.execute(tx)
            const row = rows[0]
            if (!row) throw new Error('insert returned no article')
            return { id: row.id, slug: row.slug, linked: Number(row.linked) }
          }
        : undefined,

    /** Inserts the article unlisted; the service moves the counters when it is published. */
    async insert(tx: Db, article: NewArticle & { slug: string }): Promise<{ id: number }> {
      return tx
        .insertInto('articles')
        .values({
          slug: article.slug,
          title: article.title,
          description: article.description,
          body: article.body,
          authorId: article.authorId,
          published: article.published ? 1 : 0,
          publishedAt: article.published ? article.now : null,
          previewToken: article.previewToken,
          createdAt: article.now,
          updatedAt: article.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /**
     * Applies an edit and moves the version, in one statement. With `versions`, only if the row is still at
     * one of them (the If-Match check, atomic): false means someone else changed it first.
     */
    async update(
      tx: Db,
      id: number,
      changes: Partial<{
        slug: string
        title: string
        description: string
        body: string
        published: boolean
      }> & {
        updatedAt: string
      },
      versions: readonly number[] | undefined,
    ): Promise<boolean> {
      const { published, ...fields } = changes
      const updated = await tx
        .updateTable('articles')
        .set((eb) => ({
          ...fields,
          version: eb('version', '+', 1),
          ...(published === undefined
            ? {}
            : {
                published: published ? 1 : 0,
                // Set once: republishing keeps the first date, so it does not jump the lists.
                ...(published
                  ? { publishedAt: eb.fn.coalesce('publishedAt', eb.val(changes.updatedAt)) }
                  : {}),
              }),
        }))
        .where('id', '=', id)
        .$if(versions !== undefined, (qb) => qb.where('version', 'in', versions ?? []))
        .returning('id')
        .executeTakeFirst()
      return updated !== undefined
    },

    async setHidden(tx: Db, id: number, hiddenAt: string | null) {
      await tx.updateTable('articles').set({ hiddenAt }).where('id', '=', id).execute()
    },

    /** An author's articles and whether each is listed, read inside a writing transaction. */
    async listingOfAuthor(tx: Db, authorId: number) {
      const rows = await tx
        .selectFrom('articles')
        .select('id')
        .select(sql<boolean | number>`${sql.raw(listed('articles'))}`.as('isListed'))
        .where('authorId', '=', authorId)
        .$if(dialect === 'postgres', (qb) => qb.forUpdate())
        .execute()
      return rows.map((row) => ({ id: row.id, isListed: Boolean(row.isListed) }))
    },

    async setAuthorSuspended(tx: Db, authorId: number, suspended: boolean) {
      await tx
        .updateTable('articles')
        .set({ authorSuspended: suspended ? 1 : 0 })
        .where('authorId', '=', authorId)
        .execute()
    },

    async setPreviewToken(tx: Db, id: number, token: string) {
      await tx.updateTable('articles').set({ previewToken: token }).where('id', '=', id).execute()
    },

    /** Moves the listed-articles total by `delta`, on the article's shard of it. */
    async countListed(tx: Db, articleId: number, delta: 1 | -1) {
      await tx
        .updateTable('articleStats')
        .set((eb) => ({ articlesCount: eb('articlesCount', '+', delta) }))
        .where('id', '=', shardOf(articleId) + 1)
        .execute()
    },

    /** Deletes the article; its tags, favourites and comments cascade. */
    async remove(tx: Db, id: number) {
      await tx.deleteFrom('articles').where('id', '=', id).execute()
    },

    /** What deleting an account touches: the articles the user wrote and those they favourited. */
    async idsTouchedBy(tx: Db, userId: number) {
      const [authored, favorited] = [
        await tx
          .selectFrom('articles')
          .select('id')
          .select(sql<boolean | number>`${sql.raw(listed('articles'))}`.as('isListed'))
          .where('authorId', '=', userId)
          .execute(),
        await tx.selectFrom('favorites').select('articleId').where('userId', '=', userId).execute(),
      ]
      return {
        authored: authored.map((row) => row.id),
        listed: authored.filter((row) => Boolean(row.isListed)).map((row) => row.id),
        favorited: favorited.map((row) => row.articleId),
      }
    },

    /**
     * Deletes an author's articles (their tags, favourites and comments cascade) and takes the listed ones
     * off the total; drafts were never on it.
     */
    async removeAllBy(tx: Db, authorId: number) {
      await tx
        .updateTable('articleStats')
        .set((eb) => ({
          articlesCount: eb(
            'articlesCount',
            '-',
            eb
              .selectFrom('articles')
              .select((count) => count.fn.countAll<number>().as('n'))
              .where('authorId', '=', authorId)
              .where(sql<boolean>`${sql.raw(listed('articles'))}`),
          ),
        }))
        // Any shard will do: the total is their sum. A rare write, so one row is no queue.
        .where('id', '=', 1)
        .execute()
      await tx.deleteFrom('articles').where('authorId', '=', authorId).execute()
    },

    /** Takes every favourite of a user off the counters of the articles they marked, and deletes them. */
    async unfavoriteAllBy(tx: Db, userId: number) {
      await tx
        .updateTable('articles')
        .set((eb) => ({ favoritesCount: eb('favoritesCount', '-', 1) }))
        .where('id', 'in', (eb) =>
          eb.selectFrom('favorites').select('articleId').where('userId', '=', userId),
        )
        .execute()
      await tx.deleteFrom('favorites').where('userId', '=', userId).execute()
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
