import { type Kysely, type Migration, sql } from 'kysely'

/** One counter that every write to what an article read shows moves; see db/content-version.ts. */
export const contentVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('content_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute()
    await sql`insert into content_version (id, version) values (1, 0)`.execute(db)
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('content_version').execute()
  },
}
