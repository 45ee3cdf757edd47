import { sql } from 'kysely'
import type { Db } from '../../db/database'

export type CommentRow = {
  id: number
  articleId: number
  authorId: number
  body: string
  /** Hidden by a moderator or by its author's suspension. */
  hidden: boolean
  createdAt: string
  updatedAt: string
}

const columns = ['id', 'articleId', 'authorId', 'body', 'createdAt', 'updatedAt'] as const
const hidden = sql<boolean | number>`(hidden_at is not null or author_suspended = 1)`.as('hidden')

const toRow = <T extends { hidden: boolean | number }>(row: T) => ({ ...row, hidden: Boolean(row.hidden) })

export type CommentsRepository = ReturnType<typeof createCommentsRepository>

export function createCommentsRepository(db: Db) {
  return {
    /** Newest first, hidden ones included: the service decides who sees them. */
    listForArticle: async (articleId: number): Promise<CommentRow[]> =>
      (
        await db
          .selectFrom('comments')
          .select(columns)
          .select(hidden)
          .where('articleId', '=', articleId)
          .orderBy('id', 'desc')
          .execute()
      ).map(toRow),

    find: async (articleId: number, id: number): Promise<CommentRow | undefined> => {
      const row = await db
        .selectFrom('comments')
        .select(columns)
        .select(hidden)
        .where('articleId', '=', articleId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row && toRow(row)
    },

    findById: async (id: number, tx: Db = db): Promise<CommentRow | undefined> => {
      const row = await tx
        .selectFrom('comments')
        .select(columns)
        .select(hidden)
        .where('id', '=', id)
        .executeTakeFirst()
      return row && toRow(row)
    },

    insert: async (comment: {
      articleId: number
      authorId: number
      body: string
      now: string
    }): Promise<CommentRow> => ({
      ...(await db
        .insertInto('comments')
        .values({
          articleId: comment.articleId,
          authorId: comment.authorId,
          body: comment.body,
          createdAt: comment.now,
          updatedAt: comment.now,
        })
        .returning(columns)
        .executeTakeFirstOrThrow()),
      hidden: false,
    }),

    async remove(id: number, tx: Db = db) {
      await tx.deleteFrom('comments').where('id', '=', id).execute()
    },

    async setHidden(tx: Db, id: number, hiddenAt: string | null) {
      await tx.updateTable('comments').set({ hiddenAt }).where('id', '=', id).execute()
    },

    async setAuthorSuspended(tx: Db, authorId: number, suspended: boolean) {
      await tx
        .updateTable('comments')
        .set({ authorSuspended: suspended ? 1 : 0 })
        .where('authorId', '=', authorId)
        .execute()
    },
  }
}
