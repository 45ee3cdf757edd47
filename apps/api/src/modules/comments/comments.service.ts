import type { Db } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import type { ArticlesService } from '../articles/articles.service'
import type { ProfilesService } from '../profiles/profiles.service'
import type { UsersService } from '../users/users.service'
import type { CommentRow, CommentsRepository } from './comments.repository'
import { toComment } from './comments.serialize'

export type CommentsService = ReturnType<typeof createCommentsService>

export function createCommentsService(deps: {
  comments: CommentsRepository
  articles: ArticlesService
  profiles: ProfilesService
  users: UsersService
}) {
  const { comments, articles, profiles, users } = deps

  /**
   * Hidden comments reach only their authors and moderators. The viewer's role is read only when the list
   * holds a hidden comment of someone else's: reads of ordinary lists cost nothing more.
   */
  async function visibleTo(rows: CommentRow[], viewerId: number | null) {
    if (!rows.some((row) => row.hidden && row.authorId !== viewerId)) return rows
    if (viewerId !== null && (await users.isStaff(viewerId))) return rows
    return rows.filter((row) => !row.hidden || row.authorId === viewerId)
  }

  async function present(rows: CommentRow[], viewerId: number | null) {
    const authors = await profiles.forAuthors(
      rows.map((row) => row.authorId),
      viewerId,
    )
    return rows.flatMap((row) => {
      const author = authors.get(row.authorId)
      return author ? [toComment(row, author)] : []
    })
  }

  return {
    async list(slug: string, viewerId: number | null) {
      const rows = await comments.listForArticle(await articles.idVisibleTo(slug, viewerId))
      return present(await visibleTo(rows, viewerId), viewerId)
    },

    async add(slug: string, authorId: number, body: string) {
      const row = await comments.insert({
        articleId: await articles.idVisibleTo(slug, authorId),
        authorId,
        body,
        now: timestamp(),
      })
      const [comment] = await present([row], authorId)
      if (!comment) throw notFound('comment')
      return comment
    },

    async remove(slug: string, id: number, userId: number) {
      const row = await comments.find(await articles.idVisibleTo(slug, userId), id)
      if (!row) throw notFound('comment')
      if (row.authorId !== userId) {
        if ((await visibleTo([row], userId)).length === 0) throw notFound('comment')
        throw forbidden('comment')
      }
      await comments.remove(id)
    },

    /** For moderation: any comment by id, as a moderator sees it, or a 404. */
    async findForModerator(id: number) {
      const row = await comments.findById(id)
      if (!row) throw notFound('comment')
      return row
    },
    present: async (row: CommentRow, viewerId: number) => {
      const [comment] = await present([row], viewerId)
      if (!comment) throw notFound('comment')
      return comment
    },
    /** Inside the caller's transaction (moderation). */
    setHidden: (tx: Db, id: number, hiddenAt: string | null) => comments.setHidden(tx, id, hiddenAt),
    setAuthorSuspended: (tx: Db, authorId: number, suspended: boolean) =>
      comments.setAuthorSuspended(tx, authorId, suspended),
    removeInTransaction: (tx: Db, id: number) => comments.remove(id, tx),
    /** For reports: the comment on that article, or a 404 when the reporter may not see it. */
    async findVisible(slug: string, id: number, viewerId: number) {
      const row = await comments.find(await articles.idVisibleTo(slug, viewerId), id)
      if (!row || (await visibleTo([row], viewerId)).length === 0) throw notFound('comment')
      return row
    },
  }
}
