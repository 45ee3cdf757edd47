import { type Migration, type MigrationProvider, Migrator } from 'kysely'
import type { DatabaseHandle } from './database'
import { initial } from './migrations/001-initial'
import { articleCounters } from './migrations/002-article-counters'

/** Migrations are listed here rather than read from disk, so they run the same under tsx, tests and bundles. */
function migrationsFor(handle: DatabaseHandle): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001-initial': initial(handle.dialect),
    '002-article-counters': articleCounters,
  }
  return { getMigrations: async () => migrations }
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const migrator = new Migrator({
    db: handle.db,
    provider: migrationsFor(handle),
    // Without it, Kysely looks for its bookkeeping tables in every schema and finds another test's.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error
}
