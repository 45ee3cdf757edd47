import { type Kysely, type Migration, sql } from 'kysely'
import type { Dialect } from '../database'

/**
 * Moderation (issue 11, docs/decisions/016). `users.role` is text checked against the three roles;
 * `users.suspended_until` is null when the account is active, a far-future sentinel for "until lifted".
 * Content hidden by a moderator carries `hidden_at`; content of a suspended author carries
 * `author_suspended = 1` (0/1 on both engines), kept apart so lifting a suspension does not restore what a
 * moderator hid. Reports name their target by id (`target_id`, plus the article of a comment) without foreign keys and keep `ref` (slug, comment id or
 * username as text), so a report and its audit trail outlive the target. The audit log is append-only.
 */
export function moderation(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const id = (name: string) =>
        dialect === 'postgres'
          ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
          : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())

      await db.schema
        .alterTable('users')
        .addColumn('role', 'text', (c) =>
          c.notNull().defaultTo('user').check(sql`role in ('user', 'moderator', 'admin')`),
        )
        .execute()
      await db.schema.alterTable('users').addColumn('suspended_until', 'text').execute()
      await db.schema.alterTable('users').addColumn('suspension_reason', 'text').execute()
      // The sweep ending timed suspensions walks only suspended accounts.
      await sql`create index users_suspended_until_idx on users (suspended_until)
        where suspended_until is not null`.execute(db)

      for (const table of ['articles', 'comments']) {
        await db.schema.alterTable(table).addColumn('hidden_at', 'text').execute()
        await db.schema
          .alterTable(table)
          .addColumn('author_suspended', 'integer', (c) => c.notNull().defaultTo(0))
          .execute()
      }

      await id('reports')
        .addColumn('reporter_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('target_type', 'text', (c) =>
          c.notNull().check(sql`target_type in ('article', 'comment', 'user')`),
        )
        // The target's own id (article, comment or user): reports group by (target_type, target_id).
        .addColumn('target_id', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer')
        .addColumn('comment_id', 'integer')
        .addColumn('user_id', 'integer')
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().defaultTo('open').check(sql`status in ('open', 'resolved', 'dismissed')`),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'integer')
        .execute()
      // One open report per reporter and target; a repeat answers the existing one.
      await sql`create unique index reports_open_unique_idx on reports (reporter_id, target_type, target_id)
        where status = 'open'`.execute(db)
      await db.schema
        .createIndex('reports_target_idx')
        .on('reports')
        .columns(['target_type', 'target_id', 'status'])
        .execute()
      await db.schema
        .createIndex('reports_status_idx')
        .on('reports')
        .columns(['status', 'created_at'])
        .execute()

      await id('audit_log')
        .addColumn('actor_id', 'integer')
        .addColumn('actor_username', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('audit_log').execute()
      await db.schema.dropTable('reports').execute()
      for (const table of ['comments', 'articles']) {
        await db.schema.alterTable(table).dropColumn('author_suspended').execute()
        await db.schema.alterTable(table).dropColumn('hidden_at').execute()
      }
      await db.schema.dropIndex('users_suspended_until_idx').execute()
      for (const column of ['suspension_reason', 'suspended_until', 'role']) {
        await db.schema.alterTable('users').dropColumn(column).execute()
      }
    },
  }
}
