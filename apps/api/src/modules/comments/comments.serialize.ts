import type { Static } from 'typebox'
import type { Profile } from '../../schemas/common'
import type { CommentRow } from './comments.repository'
import type { CommentSchema } from './comments.schemas'

export type Comment = Static<typeof CommentSchema>

export const toComment = (row: CommentRow, author: Profile): Comment => ({
  id: row.id,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  body: row.body,
  author,
  hidden: row.hidden,
})
