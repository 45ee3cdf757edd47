import type { Kysely, Migration } from 'kysely'

/**
 * When a session last rotated its refresh token. A session that never did belongs to a client that does not
 * refresh (a plain RealWorld client), whose expired access token the session keeps vouching for; see
 * docs/decisions/011.
 */
export const sessionRotation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sessions').addColumn('rotated_at', 'text').execute()
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('sessions').dropColumn('rotated_at').execute()
  },
}
