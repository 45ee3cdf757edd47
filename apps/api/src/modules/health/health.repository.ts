import { sql } from 'kysely'
import type { Db } from '../../db/database'

export type HealthRepository = ReturnType<typeof createHealthRepository>

export function createHealthRepository(db: Db) {
  return {
    /** Throws when the database cannot answer. */
    async ping(): Promise<void> {
      await sql`select 1`.execute(db)
    },
  }
}
