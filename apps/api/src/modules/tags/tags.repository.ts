import { sql } from 'kysely'
import type { Db } from '../../db/database'

/** Bound parameters per statement stay far below SQLite's and PostgreSQL's limits. */
const UNCOUNT_CHUNK = 500

export type TagsRepository = ReturnType<typeof createTagsRepository>

export function createTagsRepository(db: Db) {
  /** Moves the counters of the tags currently linked to an article by `delta`. */
  async function countLinked(tx: Db, articleId: number, delta: 1 | -1) {
    await tx
      .updateTable('tags')
      .set((eb) => ({ articlesCount: eb('articlesCount', '+', delta) }))
      .where('id', 'in', (eb) =>
        eb.selectFrom('articleTags').select('tagId').where('articleId', '=', articleId),
      )
      .execute()
  }

  return {
    /** Tags in use, the most used first, from the counters kept with the articles. */
    async popular(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('tags')
        .select('name')
        .where('articlesCount', '>', 0)
        .orderBy('articlesCount', 'desc')
        .orderBy('name')
        .limit(limit)
        .execute()
      return rows.map((row) => row.name)
    },

    /** Moves the counters of an article's tags; its links go when the article is deleted. */
    count: (tx: Db, articleId: number, delta: 1 | -1) => countLinked(tx, articleId, delta),

    /** Takes articles off their tags' counters, a chunk of ids per statement whatever their number. */
    async uncountArticles(tx: Db, articleIds: readonly number[]) {
      for (let start = 0; start < articleIds.length; start += UNCOUNT_CHUNK) {
        const chunk = articleIds.slice(start, start + UNCOUNT_CHUNK)
        await tx
          .updateTable('tags')
          .set((eb) => ({
            articlesCount: eb(
              'articlesCount',
              '-',
              eb
                .selectFrom('articleTags')
                .select((count) => count.fn.countAll<number>().as('n'))
                .whereRef('articleTags.tagId', '=', 'tags.id')
                .where('articleTags.articleId', 'in', chunk),
            ),
          }))
          .where('id', 'in', (eb) =>
            eb.selectFrom('articleTags').select('tagId').where('articleId', 'in', chunk),
          )
          .execute()
      }
    },

    /**
     * Links a new article (no links yet) to its tags in two statements: creating missing tag rows, and
     * counting the article on them at once when `counted` (it is listed), then linking by name.
     */
    async linkNew(tx: Db, articleId: number, names: readonly string[], counted: boolean) {
      if (names.length === 0) return
      await tx
        .insertInto('tags')
        // In name order, so concurrent writers lock shared tags in the same order.
        .values([...names].sort().map((name) => ({ name, articlesCount: counted ? 1 : 0 })))
        .onConflict((oc) =>
          counted
            ? oc.column('name').doUpdateSet((eb) => ({ articlesCount: eb('tags.articlesCount', '+', 1) }))
            : oc.column('name').doNothing(),
        )
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
