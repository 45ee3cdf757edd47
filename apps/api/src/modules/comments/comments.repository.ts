import type { Db } from '../../db/database'

export type CommentRow = {
  id: number
  articleId: number
  authorId: number
  body: string
  createdAt: string
  updatedAt: string
}

const columns = ['id', 'articleId', 'authorId', 'body', 'createdAt', 'updatedAt'] as const

export type CommentsRepository = ReturnType<typeof createCommentsRepository>

export function createCommentsRepository(db: Db) {
  return {
    /** Newest first. */
    listForArticle: (articleId: number): Promise<CommentRow[]> =>
      db
        .selectFrom('comments')
        .select(columns)
        .where('articleId', '=', articleId)
        .orderBy('id', 'desc')
        .execute(),

    find: (articleId: number, id: number): Promise<CommentRow | undefined> =>
      db
        .selectFrom('comments')
        .select(columns)
        .where('articleId', '=', articleId)
        .where('id', '=', id)
        .executeTakeFirst(),

    insert: (comment: {
      articleId: number
      authorId: number
      body: string
      now: string
    }): Promise<CommentRow> =>
      db
        .insertInto('comments')
        .values({
          articleId: comment.articleId,
          authorId: comment.authorId,
          body: comment.body,
          createdAt: comment.now,
          updatedAt: comment.now,
        })
        .returning(columns)
        .executeTakeFirstOrThrow(),

    async remove(id: number) {
      await db.deleteFrom('comments').where('id', '=', id).execute()
    },
  }
}
