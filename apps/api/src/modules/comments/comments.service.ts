import { forbidden, notFound } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import type { ArticlesService } from '../articles/articles.service'
import type { ProfilesService } from '../profiles/profiles.service'
import type { CommentRow, CommentsRepository } from './comments.repository'
import { toComment } from './comments.serialize'

export type CommentsService = ReturnType<typeof createCommentsService>

export function createCommentsService(deps: {
  comments: CommentsRepository
  articles: ArticlesService
  profiles: ProfilesService
}) {
  const { comments, articles, profiles } = deps

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
      return present(await comments.listForArticle(await articles.idVisibleTo(slug, viewerId)), viewerId)
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
      if (row.authorId !== userId) throw forbidden('comment')
      await comments.remove(id)
    },
  }
}
