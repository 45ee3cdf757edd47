import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

export type ArticleDraft = { title: string; description: string; body: string; tagList: string[] }

export type SaveRequest = {
  fields: ArticleDraft
  /** False keeps (or makes) it a draft. */
  published: boolean
  /** The ETag of the version being edited: the save fails with 412 if someone saved since. */
  etag?: string | null
}

/** Creates an article, or updates the one at `slug`; answers with the saved article and its new ETag. */
export async function saveArticle(request: SaveRequest, slug?: string) {
  const article = { ...request.fields, published: request.published }
  const call = slug
    ? api.PUT('/articles/{slug}', {
        params: { path: { slug } },
        body: { article },
        headers: request.etag ? { 'If-Match': request.etag } : {},
      })
    : api.POST('/articles', { body: { article } })
  const data = await unwrap(call)
  const { response } = await call
  return { article: data.article, etag: response.headers.get('etag') }
}

export function useSaveArticle(slug?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: SaveRequest) => saveArticle(request, slug),
    onSuccess: ({ article }) => {
      if (slug && slug !== article.slug) queryClient.removeQueries({ queryKey: articleKeys.detail(slug) })
      if (slug) queryClient.removeQueries({ queryKey: articleKeys.editing(slug) })
      queryClient.setQueryData(articleKeys.detail(article.slug), article)
      return queryClient.invalidateQueries({ queryKey: articleKeys.lists() })
    },
  })
}
