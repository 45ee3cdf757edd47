import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

/** `preview` is a draft's preview token, from a link its author shared. */
export async function fetchArticle(slug: string, preview?: string) {
  const query = preview ? { preview } : {}
  const data = await unwrap(api.GET('/articles/{slug}', { params: { path: { slug }, query } }))
  return data.article
}

export type Article = Awaited<ReturnType<typeof fetchArticle>>

export const articleQuery = (slug: string, preview?: string) =>
  queryOptions({
    queryKey: preview ? articleKeys.preview(slug, preview) : articleKeys.detail(slug),
    queryFn: () => fetchArticle(slug, preview),
  })

export function useArticle(slug: string, preview?: string) {
  return useQuery(articleQuery(slug, preview))
}
