import type { Static } from 'typebox'
import type { ArticleView } from './articles.repository'
import type { ArticleSchema } from './articles.schemas'
import { highlight } from './highlight'

export type Article = Static<typeof ArticleSchema>

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
})

/** A search result: the article and where the query's words appear in it. */
export const toSearchResult = (view: ArticleView, words: readonly string[]): Article => ({
  ...toArticle(view),
  highlight: highlight([view.title, view.description, view.body], words),
})
