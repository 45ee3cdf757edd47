import { type Kysely, type Migration, sql } from 'kysely'
import { COUNTER_SHARDS } from '../counter-shards'

/**
 * The listed-articles total and the per-tag counts of migration 002, split over `COUNTER_SHARDS` rows each
 * (docs/decisions/019): `article_stats` gets rows `1..COUNTER_SHARDS` (shard `k` is row `k + 1`), and the
 * tag counts move from `tags.articles_count` to `tag_counts`, one row per tag and shard, created on first use.
 * Readers sum the rows; the totals are unchanged by the move.
 */
export const counterShards: Migration = {
  async up(db: Kysely<unknown>) {
    for (let id = 2; id <= COUNTER_SHARDS; id++) {
      await sql`insert into article_stats (id, articles_count) values (${id}, 0)`.execute(db)
    }
    await db.schema
      .createTable('tag_counts')
      .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('articles_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('tag_counts_pk', ['tag_id', 'shard'])
      .execute()
    await sql`insert into tag_counts (tag_id, shard, articles_count)
      select id, 0, articles_count from tags where articles_count <> 0`.execute(db)
    await db.schema.dropIndex('tags_popularity_idx').execute()
    await db.schema.alterTable('tags').dropColumn('articles_count').execute()
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .alterTable('tags')
      .addColumn('articles_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await sql`update tags set articles_count = coalesce((select sum(articles_count) from tag_counts
      where tag_id = tags.id), 0)`.execute(db)
    await db.schema
      .createIndex('tags_popularity_idx')
      .on('tags')
      .columns(['articles_count', 'name'])
      .execute()
    await db.schema.dropTable('tag_counts').execute()
    await sql`update article_stats set articles_count = (select sum(articles_count) from article_stats)
      where id = 1`.execute(db)
    await sql`delete from article_stats where id > 1`.execute(db)
  },
}
