import { Type } from 'typebox'

export const TagsResponse = Type.Object({ tags: Type.Array(Type.String()) })
