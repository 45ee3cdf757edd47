import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

export type ArticleDraft = { title: string; description: string; body: string; tagList: string[] }

/** Creates an article, or updates the one at `slug`; answers with the saved article. */
export async function saveArticle(draft: ArticleDraft, slug?: string) {
  const article = { ...draft }
  if (slug) {
    const data = await unwrap(api.PUT('/articles/{slug}', { params: { path: { slug } }, body: { article } }))
    return data.article
  }
  const data = await unwrap(api.POST('/articles', { body: { article } }))
  return data.article
}

export function useSaveArticle(slug?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (draft: ArticleDraft) => saveArticle(draft, slug),
    onSuccess: (article) => {
      if (slug && slug !== article.slug) queryClient.removeQueries({ queryKey: articleKeys.detail(slug) })
      queryClient.setQueryData(articleKeys.detail(article.slug), article)
      return queryClient.invalidateQueries({ queryKey: articleKeys.lists() })
    },
  })
}
