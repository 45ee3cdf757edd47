import type { Kysely, Migration } from 'kysely'

/**
 * Single-use tokens sent by mail (password reset, email verification), stored only as SHA-256 hashes, and
 * the time an address was verified. `email` pins a verification token to the address it was sent to;
 * `password_fingerprint` (SHA-256 of the password hash) pins a reset token to the password it replaces, so any password change kills it.
 */
export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('email_verified_at', 'text').execute()
    await db.schema
      .createTable('account_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('password_fingerprint', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute()
    await db.schema.createIndex('account_tokens_user_idx').on('account_tokens').columns(['user_id']).execute()
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('account_tokens').execute()
    await db.schema.alterTable('users').dropColumn('email_verified_at').execute()
  },
}
