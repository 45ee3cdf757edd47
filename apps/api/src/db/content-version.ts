import type { Db } from './database'
import { prepared } from './prepared'

/**
 * What a write changed, stated as facts. Every write that changes what an article read shows calls
 * `contentChanged` with them, inside its transaction, so this function is the one place that decides which
 * cached reads go stale. Today any change moves one global version; per-article and per-list versions
 * (pushed to replicas) can be derived from these same facts without touching the callers.
 */
export type ContentChange = {
  /** Articles whose own read changed: text, tags, favourites count, or gone. */
  articleIds?: readonly number[]
  /** Authors whose profile or whose list of articles changed (their list, their followers' feeds). */
  authorIds?: readonly number[]
  /** Tags gained by an article; tags lost are those of `articleIds` before the write. */
  tags?: readonly string[]
  /** Users whose own view changed: what they favourite (`favorited`) or follow (`following`, their feed). */
  viewerIds?: readonly number[]
}

/**
 * The content version lives in the database, so every replica sees the same one, and moves inside the
 * writing transaction. It must be the first row a writing transaction locks: writers then queue on it in
 * one order and cannot deadlock over it. Readers compare it with what they cached (page-cache.ts).
 */
export async function contentChanged(tx: Db, _change: ContentChange): Promise<void> {
  await tx
    .updateTable('contentVersion')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute()
}

export function contentVersionReader(db: Db): () => Promise<number> {
  const read = prepared<[id: number], { version: number }>(
    db,
    db.selectFrom('contentVersion').select('version').where('id', '=', 1),
  )
  return async () => Number((await read(1))?.version ?? 0)
}
