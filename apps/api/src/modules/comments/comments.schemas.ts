import { Type } from 'typebox'
import { ProfileSchema, RequiredText, SlugParams } from '../../schemas/common'

export const CommentSchema = Type.Object({
  id: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  body: Type.String(),
  author: ProfileSchema,
  hidden: Type.Boolean({
    description: "Hidden by a moderator or by its author's suspension: only its author and moderators see it",
  }),
})
export const SingleCommentResponse = Type.Object({ comment: CommentSchema })
export const MultipleCommentsResponse = Type.Object({ comments: Type.Array(CommentSchema) })
export const CreateCommentBody = Type.Object({ comment: Type.Object({ body: RequiredText(20_000) }) })
export const CommentParams = Type.Object({
  ...SlugParams.properties,
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
})
