import type { Db } from '../../db/database'

export function createTagsRepository(db: Db) {
  return {
    /** Tags in use, the most used first. */
    async popular(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('articleTags')
        .innerJoin('tags', 'tags.id', 'articleTags.tagId')
        .select('tags.name')
        .groupBy(['tags.id', 'tags.name'])
        .orderBy((eb) => eb.fn.countAll(), 'desc')
        .orderBy('tags.name')
        .limit(limit)
        .execute()
      return rows.map((row) => row.name)
    },
  }
}

export type TagsRepository = ReturnType<typeof createTagsRepository>
