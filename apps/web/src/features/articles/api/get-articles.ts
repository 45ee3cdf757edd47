import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { ARTICLES_PER_PAGE, type ArticleFilter, articleKeys } from './article-keys'

export async function fetchArticles(filter: ArticleFilter) {
  const paging = { limit: ARTICLES_PER_PAGE, offset: (Math.max(filter.page, 1) - 1) * ARTICLES_PER_PAGE }
  if (filter.feed === 'following') {
    return unwrap(api.GET('/articles/feed', { params: { query: paging } }))
  }
  if (filter.feed === 'drafts') return unwrap(api.GET('/user/drafts', { params: { query: paging } }))
  const { tag, author, favorited } = filter
  return unwrap(api.GET('/articles', { params: { query: { ...paging, tag, author, favorited } } }))
}

export type ArticleList = Awaited<ReturnType<typeof fetchArticles>>
export type ArticleSummary = ArticleList['articles'][number]

export const articlesQuery = (filter: ArticleFilter) =>
  queryOptions({
    queryKey: articleKeys.list(filter),
    queryFn: () => fetchArticles(filter),
    placeholderData: keepPreviousData,
  })

export function useArticles(filter: ArticleFilter) {
  return useQuery(articlesQuery(filter))
}
