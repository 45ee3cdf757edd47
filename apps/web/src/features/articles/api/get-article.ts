import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

export async function fetchArticle(slug: string) {
  const data = await unwrap(api.GET('/articles/{slug}', { params: { path: { slug } } }))
  return data.article
}

export type Article = Awaited<ReturnType<typeof fetchArticle>>

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: articleKeys.detail(slug), queryFn: () => fetchArticle(slug) })

export function useArticle(slug: string) {
  return useQuery(articleQuery(slug))
}
