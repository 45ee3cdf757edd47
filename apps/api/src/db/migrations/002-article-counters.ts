import { type Kysely, type Migration, sql } from 'kysely'

/**
 * Article counts kept beside what they count (globally, per author, per tag), updated in the same
 * transaction as the articles, so `articlesCount` costs one row read however many articles there are.
 */
export const articleCounters: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('article_stats')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('articles_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await sql`insert into article_stats (id, articles_count) select 1, count(*) from articles`.execute(db)
    await db.schema
      .alterTable('users')
      .addColumn('articles_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await sql`update users set articles_count = (select count(*) from articles where author_id = users.id)`.execute(
      db,
    )
    await db.schema
      .alterTable('tags')
      .addColumn('articles_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await sql`update tags set articles_count = (select count(*) from article_tags where tag_id = tags.id)`.execute(
      db,
    )
    await db.schema
      .createIndex('tags_popularity_idx')
      .on('tags')
      .columns(['articles_count', 'name'])
      .execute()
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('tags_popularity_idx').execute()
    await db.schema.alterTable('tags').dropColumn('articles_count').execute()
    await db.schema.alterTable('users').dropColumn('articles_count').execute()
    await db.schema.dropTable('article_stats').execute()
  },
}
