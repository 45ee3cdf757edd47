import type { Kysely, Migration } from 'kysely'
import type { Dialect } from '../database'

/** The same migration serves both engines; only the auto-increment key differs. */
export function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const id = (name: string) =>
        dialect === 'postgres'
          ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
          : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())

      await id('users')
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('image', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('follows')
        .addColumn('follower_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('followed_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('follows_pk', ['follower_id', 'followed_id'])
        .execute()
      await db.schema
        .createIndex('follows_followed_idx')
        .on('follows')
        .columns(['followed_id', 'follower_id'])
        .execute()

      await id('articles')
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('favorites_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('articles_author_idx').on('articles').columns(['author_id', 'id']).execute()

      await id('tags')
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .execute()

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
        .execute()
      await db.schema
        .createIndex('article_tags_tag_idx')
        .on('article_tags')
        .columns(['tag_id', 'article_id'])
        .execute()

      await db.schema
        .createTable('favorites')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('favorites_pk', ['user_id', 'article_id'])
        .execute()
      await db.schema
        .createIndex('favorites_article_idx')
        .on('favorites')
        .columns(['article_id', 'user_id'])
        .execute()

      await id('comments')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('comments_article_idx')
        .on('comments')
        .columns(['article_id', 'id'])
        .execute()

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('user_agent', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute()
      await db.schema.createIndex('sessions_user_idx').on('sessions').columns(['user_id']).execute()

      await db.schema
        .createTable('refresh_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('spent_at', 'text')
        .execute()
      await db.schema
        .createIndex('refresh_tokens_session_idx')
        .on('refresh_tokens')
        .columns(['session_id'])
        .execute()
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'refresh_tokens',
        'sessions',
        'comments',
        'favorites',
        'article_tags',
        'tags',
        'articles',
        'follows',
        'users',
      ]) {
        await db.schema.dropTable(table).execute()
      }
    },
  }
}
