import { type Compilable, CompiledQuery } from 'kysely'
import type { Db } from './database'

/**
 * Compiles a query once and re-runs its SQL with fresh parameters, for hot lookups where building and
 * compiling the query each time cost more than running it. The query is built with placeholder values; the
 * parameters passed later must come in the same order as its placeholders.
 */
export function prepared<Params extends unknown[], Row>(db: Db, query: Compilable<Row>) {
  const { sql } = query.compile()
  return async (...params: Params): Promise<Row | undefined> =>
    (await db.executeQuery<Row>(CompiledQuery.raw(sql, params))).rows[0]
}
