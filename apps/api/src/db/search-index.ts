import { type Kysely, sql } from 'kysely'
import { searchWords } from '../lib/search-words'
import type { Dialect } from './database'

export type SearchSource = { title: string; description: string; body: string; tags: string }

/**
 * One article's index row, replaced. Shared by the migration and the articles repository so both write the
 * same thing; on PostgreSQL the words are joined by spaces and the `simple` configuration only splits them.
 */
export async function writeSearchRow<Schema>(
  db: Kysely<Schema>,
  dialect: Dialect,
  id: number,
  source: SearchSource,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> {
  const words = (text: string) => searchWords(text).join(' ')
  if (dialect === 'sqlite') {
    // FTS5 has no upsert; a `fresh` id (just inserted article) has no row to delete.
    if (!fresh) await sql`delete from article_search where rowid = ${id}`.execute(db)
    await sql`insert into article_search (rowid, title, tags, description, body)
      values (${id}, ${words(source.title)}, ${words(source.tags)}, ${words(source.description)}, ${words(source.body)})`.execute(
      db,
    )
    return
  }
  await sql`insert into article_search (article_id, document) values (${id}, ${postgresDocument(source)})
    on conflict (article_id) do update set document = excluded.document`.execute(db)
}

/** PostgreSQL's indexed document for an article: its words, weighted title first, then tags, description, body. */
export function postgresDocument(source: SearchSource) {
  const words = (text: string) => searchWords(text).join(' ')
  return sql<unknown>`setweight(to_tsvector('simple', ${words(source.title)}), 'A') ||
      setweight(to_tsvector('simple', ${words(source.tags)}), 'B') ||
      setweight(to_tsvector('simple', ${words(source.description)}), 'C') ||
      setweight(to_tsvector('simple', ${words(source.body)}), 'D')`
}

/** Takes an article out of the index (it is no longer listed). */
export async function removeSearchRow<Schema>(
  db: Kysely<Schema>,
  dialect: Dialect,
  id: number,
): Promise<void> {
  if (dialect === 'sqlite') await sql`delete from article_search where rowid = ${id}`.execute(db)
  else await sql`delete from article_search where article_id = ${id}`.execute(db)
}
