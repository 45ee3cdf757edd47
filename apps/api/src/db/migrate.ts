import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely'
import type { DatabaseHandle } from './database'
import { initial } from './migrations/001-initial'
import { articleCounters } from './migrations/002-article-counters'
import { contentVersion } from './migrations/003-content-version'
import { accounts } from './migrations/004-accounts'
import { sessionRotation } from './migrations/005-session-rotation'
import { dropContentVersion } from './migrations/006-drop-content-version'
import { drafts } from './migrations/007-drafts'
import { search } from './migrations/008-search'
import { moderation } from './migrations/009-moderation'
import { counterShards } from './migrations/010-counter-shards'

/** Migrations are listed here rather than read from disk, so they run the same under tsx, tests and bundles. */
function migrationsFor(handle: DatabaseHandle): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001-initial': initial(handle.dialect),
    '002-article-counters': articleCounters,
    '003-content-version': contentVersion,
    '004-accounts': accounts,
    '005-session-rotation': sessionRotation,
    '006-drop-content-version': dropContentVersion,
    '007-drafts': drafts,
    '008-search': search(handle.dialect),
    '009-moderation': moderation(handle.dialect),
    '010-counter-shards': counterShards,
  }
  return { getMigrations: async () => migrations }
}

/** The schema the connection works in: set by the caller, else PostgreSQL's current one (its search_path). */
async function workingSchema(handle: DatabaseHandle): Promise<string | undefined> {
  if (handle.schema || handle.dialect === 'sqlite') return handle.schema
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db)
  return rows[0]?.schema
}

async function migratorFor(handle: DatabaseHandle): Promise<Migrator> {
  const schema = await workingSchema(handle)
  return new Migrator({
    db: handle.db,
    provider: migrationsFor(handle),
    // Without it, Kysely looks for its bookkeeping tables in every schema and may find another one's.
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const { error } = await (await migratorFor(handle)).migrateToLatest()
  if (error) throw error
}

/** Up or down to the named migration (tests of a migration on data written before it). */
export async function migrateTo(handle: DatabaseHandle, name: string): Promise<void> {
  const { error } = await (await migratorFor(handle)).migrateTo(name)
  if (error) throw error
}
