import { type Static, Type } from 'typebox'
import { NullableString, PaginationQuery, ProfileSchema, RequiredText } from '../../schemas/common'

const Tag = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' })
const TagList = Type.Array(Tag, { maxItems: 10 })

const articleFields = {
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  tagList: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  favorited: Type.Boolean(),
  favoritesCount: Type.Integer(),
  author: ProfileSchema,
  published: Type.Boolean({
    description: 'False for a draft, which only its author (or a preview link) sees',
  }),
  publishedAt: NullableString({ description: 'When first published (date-time); null for a draft' }),
  hidden: Type.Boolean({
    description:
      "Hidden by a moderator or by its author's suspension: only its author and moderators see it, marked so",
  }),
}

const HighlightSchema = Type.Object(
  {
    text: Type.String({ description: 'Plain text, never HTML' }),
    marks: Type.Array(Type.Array(Type.Integer({ minimum: 0 }), { minItems: 2, maxItems: 2 }), {
      description: 'Matched words as [start, end) offsets into text, in UTF-16 code units',
    }),
  },
  { description: 'Only on search results (a `q` was given): a snippet with the matched words marked' },
)

/**
 * List items carry the body too. RealWorld dropped it from lists in 2024, but older clients and test suites
 * still read it, and a client that follows the new spec ignores it.
 */
export const ArticleSchema = Type.Object({
  ...articleFields,
  body: Type.String(),
  highlight: Type.Optional(HighlightSchema),
})

/** A single article; its author also gets the draft's preview token (never in lists). */
export const SingleArticleSchema = Type.Object({
  ...articleFields,
  body: Type.String(),
  previewToken: Type.Optional(
    Type.String({ description: "Opens the draft to anyone via `?preview=`; only in its author's responses" }),
  ),
})

export const SingleArticleResponse = Type.Object({ article: SingleArticleSchema })
export const MultipleArticlesResponse = Type.Object({
  articles: Type.Array(ArticleSchema),
  articlesCount: Type.Integer({ description: 'All articles matching the filter, not just this page' }),
})

export const ListArticlesQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Full-text search over title, description, body and tags; words only, no operators',
    }),
  ),
  tag: Type.Optional(Type.String({ maxLength: 100 })),
  author: Type.Optional(Type.String({ maxLength: 100 })),
  favorited: Type.Optional(Type.String({ maxLength: 100 })),
  ...PaginationQuery,
})
export const FeedQuery = Type.Object(PaginationQuery)
export const DraftsQuery = Type.Object(PaginationQuery)

export const GetArticleQuery = Type.Object({
  preview: Type.Optional(Type.String({ maxLength: 100, description: "A draft's preview token" })),
})

const Published = Type.Boolean({ description: 'False saves a draft; true publishes (the default)' })

export const CreateArticleBody = Type.Object({
  article: Type.Object({
    title: RequiredText(200),
    description: RequiredText(500),
    body: RequiredText(100_000),
    tagList: Type.Optional(TagList),
    published: Type.Optional(Published),
  }),
})

export const UpdateArticleBody = Type.Object({
  article: Type.Object({
    title: Type.Optional(RequiredText(200)),
    description: Type.Optional(RequiredText(500)),
    body: Type.Optional(RequiredText(100_000)),
    tagList: Type.Optional(TagList),
    published: Type.Optional(Published),
  }),
})

export type CreateArticleInput = Static<typeof CreateArticleBody>['article']
export type UpdateArticleInput = Static<typeof UpdateArticleBody>['article']
