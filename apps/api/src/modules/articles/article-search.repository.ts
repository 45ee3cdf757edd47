import { CompiledQuery, sql } from 'kysely'
import { deferToCommit } from '../../db/content-changes'
import type { Db, Dialect } from '../../db/database'
import { removeSearchRow, type SearchSource, writeSearchRow } from '../../db/search-index'
import { fts5Match, searchWords } from '../../lib/search-words'
import {
  type ArticleFilter,
  type ArticleView,
  listed,
  numbered,
  toView,
  type ViewRow,
  viewSelectSql,
} from './articles.repository'

/** One pending index write per article and transaction: the last write's wins. */
const searchStepKey = (articleId: number) => `search:${articleId}`

/** The article, if search may show it (it is listed); the caller picks the columns. */
const ifListed = (tx: Db, articleId: number) =>
  tx
    .selectFrom('articles as a')
    .where('a.id', '=', articleId)
    .where(sql.raw<boolean>(listed('a')))

/**
 * How many of the newest matches are ranked by relevance. Ranking scores every candidate, so it is bounded
 * to keep a query for a word found in every article fast; older matches follow, newest first
 * (docs/decisions/015-search-and-feeds.md).
 */
export const RANKED_WINDOW = 1000

/**
 * Matching runs in the engine's index: FTS5 on SQLite, the GIN index on PostgreSQL. Ranking is BM25 on
 * SQLite and ts_rank on PostgreSQL, both weighting title over tags over description over body; equal ranks
 * fall back to the newest first. `rank` is "lower is better" on both, so one order serves.
 */
function engine(dialect: Dialect) {
  return dialect === 'sqlite'
    ? {
        from: 'article_search',
        id: 'article_search.rowid',
        // Unary + keeps SQLite from handing an IN list to FTS5 as one index probe per element.
        filteredId: '+article_search.rowid',
        rank: 'bm25(article_search, 10.0, 6.0, 3.0, 1.0)',
        match: 'article_search match ?',
        query: (words: readonly string[]) => fts5Match(words),
        // BM25 scores every phrase of the match, so the match holds the query's words and nothing else.
        matchedWithTag: (words: readonly string[]) => fts5Match(words),
        ids: 'a.id in (select value from json_each(?))',
        idList: (ids: readonly number[]) => JSON.stringify(ids),
      }
    : {
        from: 'article_search s',
        id: 's.article_id',
        filteredId: 's.article_id',
        rank: `-ts_rank(s.document, plainto_tsquery('simple', ?))`,
        match: `s.document @@ plainto_tsquery('simple', ?)`,
        // Only letters and digits reach the engine, joined by spaces: nothing for its parser to interpret.
        query: (words: readonly string[]) => words.join(' '),
        /**
         * With a tag filter, the GIN index is also asked for the tag's words: an article carrying the tag has
         * them in its document, so the index intersects the two sets of postings rather than handing every
         * match of a common word to the tag check (which still decides). Ranking keeps its own query.
         */
        matchedWithTag: (words: readonly string[], tag: string) =>
          [...new Set([...words, ...searchWords(tag)])].join(' '),
        ids: 'a.id = any(?::int[])',
        idList: (ids: readonly number[]) => ids,
      }
}

type Engine = ReturnType<typeof engine>
type Filtered = { where: string[]; params: string[]; shape: string; tag?: string }

/**
 * The list filters, as sets of article ids checked against each match. Only listed articles are in the
 * index (see `reindex`), so matching never reads the wide `articles` rows; each set comes from a narrow index
 * (article_tags by tag, articles by author, favorites by user), built once per query.
 */
function searchFilters(search: Engine, filter: ArticleFilter): Filtered {
  const id = search.filteredId
  const where: string[] = []
  const params: string[] = []
  if (filter.tag !== undefined) {
    where.push(
      `${id} in (select article_id from article_tags where tag_id = (select id from tags where name = ?))`,
    )
    params.push(filter.tag)
  }
  if (filter.author !== undefined) {
    where.push(
      `${id} in (select id from articles where author_id = (select id from users where username = ?))`,
    )
    params.push(filter.author)
  }
  if (filter.favorited !== undefined) {
    where.push(
      `${id} in (select v.article_id from favorites v join users fu on fu.id = v.user_id where fu.username = ?)`,
    )
    params.push(filter.favorited)
  }
  return {
    where,
    params,
    ...(filter.tag !== undefined ? { tag: filter.tag } : {}),
    shape:
      (['tag', 'author', 'favorited'] as const).filter((key) => filter[key] !== undefined).join(',') || 'all',
  }
}

/** `from … where` for the matches that pass the filters, plus `extra` conditions on the article id. */
function matchingSql(search: Engine, filtered: Filtered, extra: string[] = []): string {
  const where = [search.match, ...filtered.where, ...extra]
  return `from ${search.from} where ${where.join(' and ')}`
}

/** SQLite: each part of a search is one statement; FTS5 walks a word's postings in either rowid order. */
function statements(dialect: Dialect, filtered: Filtered) {
  const search = engine(dialect)
  const sql = (text: string) => numbered(dialect, text)
  return {
    /** The id of the oldest match inside the ranked window (none when all matches fit in it). */
    windowFloor: sql(`select ${search.id} as "id" ${matchingSql(search, filtered)}
      order by 1 desc limit 1 offset ?`),
    ranked: sql(`select ${search.id} as "id", ${search.rank} as "rank"
      ${matchingSql(search, filtered, [`${search.id} >= ?`])} order by 2, 1 desc limit ? offset ?`),
    /**
     * The ranked part when every match fits in the window: so few rows that counting them is free. (FTS5's
     * bm25() cannot be called in a query with a window function, hence the subquery.)
     */
    rankedCounted: sql(`select "id", "rank", count(*) over () as "count"
      from (select ${search.id} as "id", ${search.rank} as "rank" ${matchingSql(search, filtered)})
      order by 2, 1 desc limit ? offset ?`),
    older: sql(`select ${search.id} as "id" ${matchingSql(search, filtered, [`${search.id} < ?`])}
      order by 1 desc limit ? offset ?`),
    count: sql(`select count(*) as "count" ${matchingSql(search, filtered)}`),
  }
}

/**
 * PostgreSQL: the whole search in one statement. The matches' ids come from the GIN index alone (a bitmap
 * scan reads no document) and are kept (`materialized`); the count, the window's floor and the older matches
 * (all matches newest first, past the window: no floor needed, so a deep page sorts once) are taken from them,
 * and only the window's matches are fetched by id to be ranked. Evaluating `@@` on a row
 * means reading its document out of TOAST (~3 µs each): a plan that walks the primary key filtering by `@@`,
 * which the planner favours for `order by id`, pays that for every row it passes, matching or not.
 */
function postgresStatement(filtered: Filtered): string {
  const search = engine('postgres')
  return numbered(
    'postgres',
    `with m as materialized (select s.article_id as id ${matchingSql(search, filtered)}),
  floor as (select id from m order by id desc offset ? limit 1),
  ranked as (
    select s.article_id as id, ${search.rank} as rank from article_search s
    where s.article_id in (select id from m where id >= coalesce((select id from floor), 0))
    order by 2, 1 desc limit ? offset ?),
  older as (select id from m order by id desc limit ? offset ?)
select (select count(*) from m)::int as "count",
  array(select id from ranked order by rank, id desc) as "ranked",
  array(select id from older order by id desc) as "older"`,
  )
}

/** One page of a search: the matching article ids in ranked order, and how many articles match in all. */
export type SearchPage = { ids: number[]; count: number }

export type ArticleSearchRepository = ReturnType<typeof createArticleSearchRepository>

export function createArticleSearchRepository(
  db: Db,
  dialect: Dialect,
  options: { rankedWindow?: number } = {},
) {
  const window = options.rankedWindow ?? RANKED_WINDOW
  const search = engine(dialect)
  const byShape = new Map<string, ReturnType<typeof statements>>()
  const statementsFor = (filtered: Filtered) => {
    const found = byShape.get(filtered.shape) ?? statements(dialect, filtered)
    byShape.set(filtered.shape, found)
    return found
  }
  // Only listed articles: the index holds only those, and this keeps a page whose ids were found just before
  // an unpublish, a hide or a delete from showing the article.
  const viewSql = {
    anonymous: numbered(
      dialect,
      `${viewSelectSql(dialect, 'anonymous')} where ${search.ids} and ${listed('a')}`,
    ),
    'signed-in': numbered(
      dialect,
      `${viewSelectSql(dialect, 'signed-in')} where ${search.ids} and ${listed('a')}`,
    ),
  }
  const runIn = async <Row>(executor: Db, sql: string, params: unknown[]) =>
    (await executor.executeQuery<Row>(CompiledQuery.raw(sql, params))).rows

  /**
   * SQLite: ids of one page (ranked within the window, then older matches newest first) and the number of
   * matches, counted apart only when they overflow the window (or the page starts past the last one).
   */
  async function findSqlite(
    words: readonly string[],
    filtered: Filtered,
    limit: number,
    offset: number,
  ): Promise<SearchPage> {
    const sql = statementsFor(filtered)
    const matching = [search.query(words), ...filtered.params]
    const [floor] = await runIn<{ id: number }>(db, sql.windowFloor, [...matching, window - 1])
    let count: number | undefined
    if (floor) {
      const [row] = await runIn<{ count: number }>(db, sql.count, matching)
      count = Number(row?.count ?? 0)
    }
    const ids: number[] = []
    if (offset < window && (count === undefined || offset < count)) {
      const page = [Math.min(limit, window - offset), offset]
      const rows = floor
        ? await runIn<{ id: number }>(db, sql.ranked, [...matching, floor.id, ...page])
        : await runIn<{ id: number; count: number }>(db, sql.rankedCounted, [...matching, ...page])
      ids.push(...rows.map((row) => row.id))
      const [first] = rows as { count?: number }[]
      if (!floor && first?.count !== undefined) count = Number(first.count)
    }
    const wanted = limit - ids.length
    if (floor && count !== undefined && wanted > 0 && offset + ids.length < count) {
      const skip = Math.max(0, offset - window)
      const rows = await runIn<{ id: number }>(db, sql.older, [...matching, floor.id, wanted, skip])
      ids.push(...rows.map((row) => row.id))
    }
    if (count === undefined) {
      // No row to count with: the page starts past the last match.
      const [row] = await runIn<{ count: number }>(db, sql.count, matching)
      count = Number(row?.count ?? 0)
    }
    return { ids, count }
  }

  const postgresByShape = new Map<string, string>()
  /** PostgreSQL: one statement (see `postgresStatement`). */
  async function findPostgres(
    tx: Db,
    words: readonly string[],
    filtered: Filtered,
    limit: number,
    offset: number,
  ): Promise<SearchPage> {
    const statement = postgresByShape.get(filtered.shape) ?? postgresStatement(filtered)
    postgresByShape.set(filtered.shape, statement)
    const query = search.query(words)
    const matched = filtered.tag === undefined ? query : search.matchedWithTag(words, filtered.tag)
    // When the window is full the ranked part holds exactly its share of the page; the rest are older.
    const rankedLimit = Math.max(0, Math.min(limit, window - offset))
    const [row] = await runIn<{ count: number; ranked: number[]; older: number[] }>(tx, statement, [
      matched,
      ...filtered.params,
      window - 1,
      query,
      rankedLimit,
      Math.min(offset, window),
      limit - rankedLimit,
      // The older matches are all matches, newest first, past the window's.
      window + Math.max(0, offset - window),
    ])
    return { ids: [...(row?.ranked ?? []), ...(row?.older ?? [])], count: Number(row?.count ?? 0) }
  }

  return {
    /**
     * One page of matches (ids in ranked order) and the number of all matches. On PostgreSQL that is one
     * statement, in a read-only transaction that forbids sequential scans: for a common word the planner
     * otherwise scans article_search, reading every document, rather than use its GIN index.
     */
    async find(
      words: readonly string[],
      filter: ArticleFilter,
      limit: number,
      offset: number,
    ): Promise<SearchPage> {
      const filtered = searchFilters(search, filter)
      if (dialect === 'sqlite') return findSqlite(words, filtered, limit, offset)
      return db
        .transaction()
        .setAccessMode('read only')
        .execute(async (tx) => {
          await sql`set local enable_seqscan = off`.execute(tx)
          return findPostgres(tx, words, filtered, limit, offset)
        })
    },

    /** The views of `ids` as `viewerId` sees them, in the order of `ids`; unlisted ones are left out. */
    async views(ids: readonly number[], viewerId: number | null): Promise<ArticleView[]> {
      if (ids.length === 0) return []
      const rows =
        viewerId === null
          ? await runIn<ViewRow>(db, viewSql.anonymous, [search.idList(ids)])
          : await runIn<ViewRow>(db, viewSql['signed-in'], [viewerId, viewerId, search.idList(ids)])
      const byId = new Map(rows.map((row) => [row.id, toView(row)]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    /**
     * A new listed article's row, from the text the caller just inserted: nothing to replace. Written when
     * the transaction ends (`deferToCommit`); by then another write of the batch may have unlisted or deleted
     * the article, so a deferred row is written only if the article is still listed.
     */
    indexNew: (tx: Db, articleId: number, source: SearchSource) =>
      deferToCommit(tx, searchStepKey(articleId), async (end, deferred) => {
        if (!deferred || (await ifListed(end, articleId).select('a.id').executeTakeFirst()))
          await writeSearchRow(end, dialect, articleId, source, { fresh: true })
      }),

    /**
     * Re-reads the article and its tags when the writing transaction ends and replaces its index row, or
     * removes it when the article is not `listed`: the index holds exactly what search may show. Every write
     * that changes an article's text, tags or listing calls this; it supersedes an `indexNew` of the batch.
     */
    reindex: (tx: Db, articleId: number) =>
      deferToCommit(tx, searchStepKey(articleId), async (end) => {
        const article = await ifListed(end, articleId)
          .select(['a.title', 'a.description', 'a.body'])
          .executeTakeFirst()
        if (!article) return removeSearchRow(end, dialect, articleId)
        const tags = await end
          .selectFrom('articleTags')
          .innerJoin('tags', 'tags.id', 'articleTags.tagId')
          .select('tags.name')
          .where('articleTags.articleId', '=', articleId)
          .execute()
        await writeSearchRow(end, dialect, articleId, {
          ...article,
          tags: tags.map((tag) => tag.name).join(' '),
        })
      }),
  }
}
