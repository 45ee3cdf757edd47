import type { Db } from './database'
import { prepared } from './prepared'

/**
 * The content version moves, inside the writing transaction, with every change to what an article read
 * shows: articles, their tags and favourites, follows, and the profiles of authors. Readers compare it to
 * what they cached; because it lives in the database, every replica sees the same version. It is always the
 * first row a writing transaction locks, so writers queue on it in one order and cannot deadlock over it.
 */
export async function bumpContentVersion(tx: Db): Promise<void> {
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
