import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

/** The article as stored now and its ETag, which the next save sends back as If-Match. */
export async function fetchArticleForEdit(slug: string) {
  const call = api.GET('/articles/{slug}', { params: { path: { slug } } })
  const data = await unwrap(call)
  const { response } = await call
  return { article: data.article, etag: response.headers.get('etag') }
}

export type EditableArticle = Awaited<ReturnType<typeof fetchArticleForEdit>>

/**
 * Never fresh for long: the route loader fetches it anew (`fetchQuery`), since an editor must start from
 * what is stored, and its ETag from the same read.
 */
export const articleForEditQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.editing(slug),
    queryFn: () => fetchArticleForEdit(slug),
    staleTime: 0,
  })

export function useArticleForEdit(slug: string) {
  return useQuery(articleForEditQuery(slug))
}
