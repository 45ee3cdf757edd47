import { CompiledQuery } from 'kysely'
import type { Db, Dialect } from '../../db/database'
import { writeSearchRow } from '../../db/search-index'
import { fts5Match } from '../../lib/search-words'
import {
  type ArticleFilter,
  type ArticleView,
  type Filtered,
  filterClauses,
  listed,
  numbered,
  toView,
  type ViewRow,
  viewSelectSql,
} from './articles.repository'

/**
 * The full-text index (migration 008) and the search reads. Matching runs in the engine's index; ranking is
 * BM25 on SQLite and ts_rank on PostgreSQL, both weighting title over tags over description over body, and
 * equal ranks fall back to the newest first. `rank` is "lower is better" on both, so one order serves.
 */
function engine(dialect: Dialect) {
  return dialect === 'sqlite'
    ? {
        from: 'article_search join articles a on a.id = article_search.rowid',
        id: 'article_search.rowid',
        rank: 'bm25(article_search, 10.0, 6.0, 3.0, 1.0)',
        match: 'article_search match ?',
        query: (words: readonly string[]) => fts5Match(words),
      }
    : {
        from: `article_search s join articles a on a.id = s.article_id`,
        id: 's.article_id',
        rank: `-ts_rank(s.document, plainto_tsquery('simple', ?))`,
        match: `s.document @@ plainto_tsquery('simple', ?)`,
        // Only letters and digits reach the engine, joined by spaces: nothing for its parser to interpret.
        query: (words: readonly string[]) => words.join(' '),
      }
}

function matchingSql(dialect: Dialect, filtered: Filtered): string {
  const { from, match } = engine(dialect)
  return `from ${from} ${filtered.join} where ${[match, listed('a'), ...filtered.where].join(' and ')}`
}

function searchViewSql(dialect: Dialect, filtered: Filtered, viewer: 'anonymous' | 'signed-in'): string {
  const { id, rank } = engine(dialect)
  const page = `(select ${id} as "id", ${rank} as "rank" ${matchingSql(dialect, filtered)}
  order by 2, 1 desc limit ? offset ?) p join articles a on a.id = p.id`
  return numbered(dialect, `${viewSelectSql(dialect, viewer, page)} order by p.rank, a.id desc`)
}

function searchCountSql(dialect: Dialect, filtered: Filtered): string {
  return numbered(dialect, `select count(*) as "count" ${matchingSql(dialect, filtered)}`)
}

export type ArticleSearchRepository = ReturnType<typeof createArticleSearchRepository>

export function createArticleSearchRepository(db: Db, dialect: Dialect) {
  const { query } = engine(dialect)
  const sqlByShape = new Map<string, string>()
  const cached = (key: string, build: () => string) => {
    const sql = sqlByShape.get(key) ?? build()
    sqlByShape.set(key, sql)
    return sql
  }
  /** PostgreSQL names the query twice (rank and match), SQLite once. */
  const queryParams = (words: readonly string[]) =>
    dialect === 'sqlite' ? [query(words)] : [query(words), query(words)]

  return {
    /** One page of matches, most relevant first, each with its view. */
    async page(
      words: readonly string[],
      filter: ArticleFilter,
      viewerId: number | null,
      limit: number,
      offset: number,
    ): Promise<ArticleView[]> {
      const filtered = filterClauses(filter)
      const viewer = viewerId === null ? 'anonymous' : 'signed-in'
      const sql = cached(`page:${filtered.shape}:${viewer}`, () => searchViewSql(dialect, filtered, viewer))
      const params = [
        ...(viewerId === null ? [] : [viewerId, viewerId]),
        ...queryParams(words),
        ...filtered.params,
        limit,
        offset,
      ]
      const { rows } = await db.executeQuery<ViewRow & { rank?: unknown }>(CompiledQuery.raw(sql, params))
      return rows.map(toView)
    },

    /** All matches, counted in the index joined to articles by key: no table scan. */
    async count(words: readonly string[], filter: ArticleFilter): Promise<number> {
      const filtered = filterClauses(filter)
      const sql = cached(`count:${filtered.shape}`, () => searchCountSql(dialect, filtered))
      const params = [query(words), ...filtered.params]
      const [row] = (await db.executeQuery<{ count: number }>(CompiledQuery.raw(sql, params))).rows
      return Number(row?.count ?? 0)
    },

    /** Re-reads the article and its tags inside the writing transaction and replaces its index row. */
    async reindex(tx: Db, articleId: number): Promise<void> {
      const article = await tx
        .selectFrom('articles')
        .select(['title', 'description', 'body'])
        .where('id', '=', articleId)
        .executeTakeFirstOrThrow()
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
