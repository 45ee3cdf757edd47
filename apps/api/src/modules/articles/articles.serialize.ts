import type { Static } from 'typebox'
import { etagOf } from './article-etag'
import type { ArticleView } from './articles.repository'
import type { ArticleSchema, SingleArticleSchema } from './articles.schemas'
import { highlight } from './highlight'

export type Article = Static<typeof ArticleSchema>
export type SingleArticle = Static<typeof SingleArticleSchema>

/** A single article as its reader gets it, with the tag that a later If-Match names. */
export type ArticleRead = { article: SingleArticle; etag: string; isDraft: boolean }

export const toArticle = (view: ArticleView): Article => ({
  slug: view.slug,
  title: view.title,
  description: view.description,
  body: view.body,
  tagList: view.tagList,
  createdAt: view.createdAt,
  updatedAt: view.updatedAt,
  favorited: view.favorited,
  favoritesCount: view.favoritesCount,
  author: {
    username: view.authorUsername,
    bio: view.authorBio,
    image: view.authorImage,
    following: view.following,
  },
  published: view.published,
  publishedAt: view.published ? view.publishedAt : null,
  hidden: view.hidden,
})

export const toArticleRead = (view: ArticleView, viewerId: number | null): ArticleRead => ({
  article: {
    ...toArticle(view),
    ...(viewerId === view.authorId && view.previewToken !== null ? { previewToken: view.previewToken } : {}),
  },
  etag: etagOf(view),
  // Hidden content is as private as a draft: no shared cache may keep it.
  isDraft: !view.published || view.hidden,
})

/** A search result: the article and where the query's words appear in it. */
export const toSearchResult = (view: ArticleView, words: readonly string[]): Article => ({
  ...toArticle(view),
  highlight: highlight([view.title, view.description, view.body], words),
})
