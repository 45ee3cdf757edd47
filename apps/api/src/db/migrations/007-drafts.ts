import { type Kysely, type Migration, sql } from 'kysely'

/**
 * Drafts and edit versions. `published` is 0/1 on both engines; `published_at` is set the first time an
 * article is published and kept through unpublishing, so republishing does not move it up the lists.
 * `version` grows with every edit and is what an `ETag`/`If-Match` compares (see decision 014). Existing
 * articles were all public: they become published at their creation time.
 */
export const drafts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('articles')
      .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
      .execute()
    await db.schema.alterTable('articles').addColumn('published_at', 'text').execute()
    await db.schema
      .alterTable('articles')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute()
    await db.schema.alterTable('articles').addColumn('preview_token', 'text').execute()
    await sql`update articles set published_at = created_at`.execute(db)
    // Lists order by publication; these let a page's ids come from an index walked backwards.
    await db.schema
      .createIndex('articles_published_idx')
      .on('articles')
      .columns(['published_at', 'id'])
      .execute()
    await db.schema.dropIndex('articles_author_idx').execute()
    await db.schema
      .createIndex('articles_author_published_idx')
      .on('articles')
      .columns(['author_id', 'published_at', 'id'])
      .execute()
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('articles_author_published_idx').execute()
    await db.schema.createIndex('articles_author_idx').on('articles').columns(['author_id', 'id']).execute()
    await db.schema.dropIndex('articles_published_idx').execute()
    for (const column of ['preview_token', 'version', 'published_at', 'published']) {
      await db.schema.alterTable('articles').dropColumn(column).execute()
    }
  },
}
