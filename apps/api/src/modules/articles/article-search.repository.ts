import { CompiledQuery, sql } from 'kysely'
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
        // Counted apart: with a window function SQLite would sort every match before taking one row.
        countsWithFloor: false,
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
        countsWithFloor: true,
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

function statements(dialect: Dialect, filtered: Filtered) {
  const search = engine(dialect)
  const sql = (text: string) => numbered(dialect, text)
  return {
    /**
     * The id of the oldest match inside the ranked window (none when all matches fit in it), with the number
     * of all matches: one pass over the matches answers both.
     */
    windowFloor:
      sql(`select ${search.id} as "id", count(*) over () as "count" ${matchingSql(search, filtered)}
      order by 1 desc limit 1 offset ?`),
    ranked: sql(`select ${search.id} as "id", ${search.rank} as "rank"
      ${matchingSql(search, filtered, [`${search.id} >= ?`])} order by 2, 1 desc limit ? offset ?`),
    older: sql(`select ${search.id} as "id" ${matchingSql(search, filtered, [`${search.id} < ?`])}
      order by 1 desc limit ? offset ?`),
    count: sql(`select count(*) as "count" ${matchingSql(search, filtered)}`),
  }
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
   * Ids of one page (ranked within the window, then older matches newest first) and the number of matches.
   * PostgreSQL counts in the statement that finds the window's floor; SQLite counts apart. When every match
   * fits in the window and the page comes out short, the page itself tells the count.
   */
  async function findIn(
    tx: Db,
    words: readonly string[],
    filtered: Filtered,
    limit: number,
    offset: number,
  ): Promise<SearchPage> {
    const sql = statementsFor(filtered)
    const query = search.query(words)
    const matched = filtered.tag === undefined ? query : search.matchedWithTag(words, filtered.tag)
    const matching = [matched, ...filtered.params]
    const [floor] = await runIn<{ id: number; count?: number }>(tx, sql.windowFloor, [
      ...matching,
      window - 1,
    ])
    let count = floor?.count !== undefined ? Number(floor.count) : undefined
    if (floor && count === undefined) {
      const [row] = await runIn<{ count: number }>(tx, sql.count, matching)
      count = Number(row?.count ?? 0)
    }
    const ids: number[] = []
    if (offset < window && (count === undefined || offset < count)) {
      const rankParams = dialect === 'postgres' ? [query, ...matching] : matching
      const rows = await runIn<{ id: number }>(tx, sql.ranked, [
        ...rankParams,
        floor?.id ?? 0,
        Math.min(limit, window - offset),
        offset,
      ])
      ids.push(...rows.map((row) => row.id))
    }
    const wanted = limit - ids.length
    if (floor && wanted > 0 && count !== undefined && offset + ids.length < count) {
      const skip = Math.max(0, offset - window)
      const rows = await runIn<{ id: number }>(tx, sql.older, [...matching, floor.id, wanted, skip])
      ids.push(...rows.map((row) => row.id))
    }
    if (count === undefined) {
      // Fewer matches than the window holds: a short page ends them, or else they are counted.
      const [row] =
        ids.length > 0 && ids.length < limit
          ? [{ count: offset + ids.length }]
          : await runIn<{ count: number }>(tx, sql.count, matching)
      count = Number(row?.count ?? 0)
    }
    return { ids, count }
  }

  return {
    /**
     * One page of matches (ids in ranked order) and the number of all matches. On PostgreSQL the statements
     * share one read-only transaction (one snapshot, so the count agrees with the page) that forbids sequential
     * scans: the planner otherwise prefers scanning article_search to its GIN index.
     */
    async find(
      words: readonly string[],
      filter: ArticleFilter,
      limit: number,
      offset: number,
    ): Promise<SearchPage> {
      const filtered = searchFilters(search, filter)
      if (dialect === 'sqlite') return findIn(db, words, filtered, limit, offset)
      return db
        .transaction()
        .setAccessMode('read only')
        .execute(async (tx) => {
          await sql`set local enable_seqscan = off`.execute(tx)
          return findIn(tx, words, filtered, limit, offset)
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

    /** A new listed article's row, from the text the caller just inserted: no reads, nothing to replace. */
    indexNew: (tx: Db, articleId: number, source: SearchSource) =>
      writeSearchRow(tx, dialect, articleId, source, { fresh: true }),

    /**
     * Re-reads the article and its tags inside the writing transaction and replaces its index row, or removes
     * it when the article is not `listed`: the index holds exactly what search may show. Every write that
     * changes an article's text, tags or listing calls this.
     */
    async reindex(tx: Db, articleId: number): Promise<void> {
      const article = await tx
        .selectFrom('articles as a')
        .select(['a.title', 'a.description', 'a.body'])
        .where('a.id', '=', articleId)
        .where(sql.raw<boolean>(listed('a')))
        .executeTakeFirst()
      if (!article) return removeSearchRow(tx, dialect, articleId)
      const tags = await tx
        .selectFrom('articleTags')
        .innerJoin('tags', 'tags.id', 'articleTags.tagId')
        .select('tags.name')
        .where('articleTags.articleId', '=', articleId)
        .execute()
      await writeSearchRow(tx, dialect, articleId, {
        ...article,
        tags: tags.map((tag) => tag.name).join(' '),
      })
    },
  }
}
