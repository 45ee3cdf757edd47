import { Type } from 'typebox'

export const ArticlesFeedQuery = Type.Object({
  tag: Type.Optional(Type.String({ maxLength: 100, description: 'Only articles with this tag' })),
  author: Type.Optional(Type.String({ maxLength: 100, description: 'Only articles by this user' })),
})

export const AtomFeedResponse = {
  description: 'Atom 1.0 feed of the 20 latest articles',
  content: { 'application/atom+xml': { schema: Type.String() } },
}

export const NotModifiedResponse = { type: 'null', description: 'The cached copy is current' } as const
