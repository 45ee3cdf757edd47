import type { Db } from '../../db/database'

export function createTagsRepository(db: Db) {
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
  }
}

export type TagsRepository = ReturnType<typeof createTagsRepository>
