import { type Kysely, type Migration, sql } from 'kysely'
import type { Dialect } from '../database'
import { type SearchSource, writeSearchRow } from '../search-index'

/**
 * The full-text index over each article's title, tags, description and body (docs/decisions/015).
 * SQLite: an FTS5 table without stored content (the text lives in `articles`), keyed by the article id.
 * PostgreSQL: a weighted tsvector per article with a GIN index. Both are written by the articles service in
 * the writing transaction; rows go with their article (a trigger on SQLite, the foreign key on PostgreSQL).
 */
export function search(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'sqlite') {
        await sql`create virtual table article_search using fts5(
          title, tags, description, body,
          content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
        )`.execute(db)
        await sql`create trigger article_search_forget after delete on articles begin
          delete from article_search where rowid = old.id;
        end`.execute(db)
      } else {
        await sql`create table article_search (
          article_id integer primary key references articles (id) on delete cascade,
          document tsvector not null
        )`.execute(db)
        await sql`create index article_search_document_idx on article_search using gin (document)`.execute(db)
      }
      await indexExistingArticles(db, dialect)
    },
    async down(db: Kysely<unknown>) {
      if (dialect === 'sqlite') await sql`drop trigger article_search_forget`.execute(db)
      await sql`drop table article_search`.execute(db)
    },
  }
}

const BATCH = 500

/**
 * In batches of ids, so a large table is never held in memory at once. Only listed articles are indexed:
 * `published = 1` is the `listed` rule of articles.repository.ts as of migration 007 (a migration is frozen
 * and may not import a module).
 */
async function indexExistingArticles(db: Kysely<unknown>, dialect: Dialect) {
  for (let after = 0; ; ) {
    const { rows } = await sql<SearchSource & { id: number }>`
      select a.id, a.title, a.description, a.body,
        coalesce((select ${dialect === 'sqlite' ? sql`group_concat(t.name, ' ')` : sql`string_agg(t.name, ' ')`}
          from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id), '') as tags
      from articles a where a.id > ${after} and a.published = 1 order by a.id limit ${BATCH}`.execute(db)
    for (const row of rows) await writeSearchRow(db, dialect, row.id, row)
    const last = rows.at(-1)
    if (!last || rows.length < BATCH) return
    after = last.id
  }
}
