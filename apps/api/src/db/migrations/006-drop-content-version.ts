import { type Kysely, type Migration, sql } from 'kysely'

/**
 * Cached reads are now invalidated by changes pushed at commit (docs/decisions/012), so the single row every
 * article write locked is gone.
 */
export const dropContentVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropTable('content_version').execute()
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable('content_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute()
    await sql`insert into content_version (id, version) values (1, 0)`.execute(db)
  },
}
