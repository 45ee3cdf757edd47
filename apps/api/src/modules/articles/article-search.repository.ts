import { CompiledQuery, sql } from 'kysely'
import type { Db, Dialect } from '../../db/database'
import { removeSearchRow, type SearchSource, writeSearchRow } from '../../db/search-index'
import { fts5Match } from '../../lib/search-words'
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
        ids: 'a.id = any(?::int[])',
        idList: (ids: readonly number[]) => ids,
      }
}

type Engine = ReturnType<typeof engine>
type Filtered = { where: string[]; params: string[]; shape: string }

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
    /** The id of the oldest match inside the ranked window (none when all matches fit in it). */
    windowFloor: sql(`select ${search.id} as "id" ${matchingSql(search, filtered)}
      order by 1 desc limit 1 offset ?`),
    ranked: sql(`select ${search.id} as "id", ${search.rank} as "rank"
      ${matchingSql(search, filtered, [`${search.id} >= ?`])} order by 2, 1 desc limit ? offset ?`),
    older: sql(`select ${search.id} as "id" ${matchingSql(search, filtered, [`${search.id} < ?`])}
      order by 1 desc limit ? offset ?`),
    count: sql(`select count(*) as "count" ${matchingSql(search, filtered)}`),
  }
}

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
  const viewSql = {
    anonymous: numbered(dialect, `${viewSelectSql(dialect, 'anonymous')} where ${search.ids}`),
    'signed-in': numbered(dialect, `${viewSelectSql(dialect, 'signed-in')} where ${search.ids}`),
  }
  const run = async <Row>(sql: string, params: unknown[]) =>
    (await db.executeQuery<Row>(CompiledQuery.raw(sql, params))).rows

  /** Ids of one page: ranked within the window, then older matches newest first. */
  async function pageIds(words: readonly string[], filtered: Filtered, limit: number, offset: number) {
    const sql = statementsFor(filtered)
    const query = search.query(words)
    const matching = [query, ...filtered.params]
    const [floor] = await run<{ id: number }>(sql.windowFloor, [...matching, window - 1])
    const ids: number[] = []
    if (offset < window) {
      const rankParams = dialect === 'postgres' ? [query, ...matching] : matching
      const rows = await run<{ id: number }>(sql.ranked, [
        ...rankParams,
        floor?.id ?? 0,
        Math.min(limit, window - offset),
        offset,
      ])
      ids.push(...rows.map((row) => row.id))
    }
    const wanted = limit - ids.length
    if (floor && wanted > 0) {
      const skip = Math.max(0, offset - window)
      const rows = await run<{ id: number }>(sql.older, [...matching, floor.id, wanted, skip])
      ids.push(...rows.map((row) => row.id))
    }
    return ids
  }

  return {
    /** One page of matches with their views, in ranked order. */
    async page(
      words: readonly string[],
      filter: ArticleFilter,
      viewerId: number | null,
      limit: number,
      offset: number,
    ): Promise<ArticleView[]> {
      const ids = await pageIds(words, searchFilters(search, filter), limit, offset)
      if (ids.length === 0) return []
      const rows =
        viewerId === null
          ? await run<ViewRow>(viewSql.anonymous, [search.idList(ids)])
          : await run<ViewRow>(viewSql['signed-in'], [viewerId, viewerId, search.idList(ids)])
      const byId = new Map(rows.map((row) => [row.id, toView(row)]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    /** Every match, counted in the index (and the filters' narrow indexes): no table scan. */
    async count(words: readonly string[], filter: ArticleFilter): Promise<number> {
      const filtered = searchFilters(search, filter)
      const [row] = await run<{ count: number }>(statementsFor(filtered).count, [
        search.query(words),
        ...filtered.params,
      ])
      return Number(row?.count ?? 0)
    },

    /**
     * Re-reads the article and its tags inside the writing transaction and replaces its index row, or removes
     * it when the article is not `listed`: the index holds exactly what search may show. Every write that
     * changes an article's text, tags or listing calls this.
     */
    /** A new listed article's row, from the text the caller just inserted: no reads, nothing to replace. */
    indexNew: (tx: Db, articleId: number, source: SearchSource) =>
      writeSearchRow(tx, dialect, articleId, source, { fresh: true }),

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
