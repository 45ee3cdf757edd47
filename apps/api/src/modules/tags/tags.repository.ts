import { type OnConflictBuilder, sql } from 'kysely'
import { shardOf } from '../../db/counter-shards'
import type { Db } from '../../db/database'
import type { Database } from '../../db/schema'

/** Bound parameters per statement stay far below SQLite's and PostgreSQL's limits. */
const UNCOUNT_CHUNK = 500

export type TagsRepository = ReturnType<typeof createTagsRepository>

/** A tag's shard row that exists already takes the new rows' counts as a delta. */
const addToExisting = (oc: OnConflictBuilder<Database, 'tagCounts'>) =>
  oc.columns(['tagId', 'shard']).doUpdateSet((eb) => ({
    articlesCount: eb('tagCounts.articlesCount', '+', eb.ref('excluded.articlesCount')),
  }))

export function createTagsRepository(db: Db) {
  /**
   * Moves the counts of the tags currently linked to an article by `delta`, on the article's shard: writers
   * of different articles rarely share a row, even on the same tag.
   */
  async function countLinked(tx: Db, articleId: number, delta: 1 | -1) {
    await tx
      .insertInto('tagCounts')
      .columns(['tagId', 'shard', 'articlesCount'])
      .expression((eb) =>
        eb
          .selectFrom('articleTags')
          .select([
            'tagId',
            sql<number>`cast(${shardOf(articleId)} as integer)`.as('shard'),
            sql<number>`cast(${delta} as integer)`.as('articlesCount'),
          ])
          .where('articleId', '=', articleId),
      )
      .onConflict(addToExisting)
      .execute()
  }

  return {
    /** Tags in use, the most used first, from the counts kept with the articles. */
    async popular(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('tagCounts')
        .innerJoin('tags', 'tags.id', 'tagCounts.tagId')
        .select('tags.name')
        .groupBy(['tags.id', 'tags.name'])
        .having((eb) => eb.fn.sum('tagCounts.articlesCount'), '>', 0)
        .orderBy((eb) => eb.fn.sum('tagCounts.articlesCount'), 'desc')
        .orderBy('tags.name')
        .limit(limit)
        .execute()
      return rows.map((row) => row.name)
    },

    /** Moves the counts of an article's tags; its links go when the article is deleted. */
    count: (tx: Db, articleId: number, delta: 1 | -1) => countLinked(tx, articleId, delta),

    /** Takes articles off their tags' counts, a chunk of ids per statement whatever their number. */
    async uncountArticles(tx: Db, articleIds: readonly number[]) {
      for (let start = 0; start < articleIds.length; start += UNCOUNT_CHUNK) {
        const chunk = articleIds.slice(start, start + UNCOUNT_CHUNK)
        await tx
          .insertInto('tagCounts')
          .columns(['tagId', 'shard', 'articlesCount'])
          .expression((eb) =>
            eb
              .selectFrom('articleTags')
              .select(['tagId', sql<number>`0`.as('shard'), sql<number>`-count(*)`.as('articlesCount')])
              .where('articleId', 'in', chunk)
              .groupBy('tagId'),
          )
          .onConflict(addToExisting)
          .execute()
      }
    },

    /**
     * Links a new article (no links yet) to its tags: creates missing tag rows (an existing one is left
     * unlocked), links by name, and counts the article on them when `counted` (it is listed).
     */
    async linkNew(tx: Db, articleId: number, names: readonly string[], counted: boolean) {
      if (names.length === 0) return
      await tx
        .insertInto('tags')
        // In name order, so concurrent writers creating the same new tags wait in the same order.
        .values([...names].sort().map((name) => ({ name })))
        .onConflict((oc) => oc.column('name').doNothing())
        .execute()
      await tx
        .insertInto('articleTags')
        .columns(['articleId', 'tagId'])
        // The cast gives PostgreSQL the parameter's type, which a bare select-list parameter lacks.
        .expression((eb) =>
          eb
            .selectFrom('tags')
            .select([sql<number>`cast(${articleId} as integer)`.as('articleId'), 'id'])
            .where('name', 'in', names),
        )
        .execute()
      if (counted) await countLinked(tx, articleId, 1)
    },

    /** Replaces an article's tags, creating missing tag rows; counters are the caller's (see `count`). */
    async link(tx: Db, articleId: number, names: readonly string[]) {
      await tx.deleteFrom('articleTags').where('articleId', '=', articleId).execute()
      if (names.length === 0) return
      await tx
        .insertInto('tags')
        // In name order, so concurrent writers lock shared tags in the same order.
        .values([...names].sort().map((name) => ({ name })))
        .onConflict((oc) => oc.column('name').doNothing())
        .execute()
      const tags = await tx.selectFrom('tags').select(['id', 'name']).where('name', 'in', names).execute()
      const idOf = new Map(tags.map((tag) => [tag.name, tag.id]))
      await tx
        .insertInto('articleTags')
        .values(names.map((name) => ({ articleId, tagId: idOf.get(name) ?? 0 })))
        .execute()
    },
  }
}
