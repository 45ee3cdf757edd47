import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

export function useDeleteArticle() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (slug: string) => unwrap(api.DELETE('/articles/{slug}', { params: { path: { slug } } })),
    onSuccess: (_data, slug) => {
      queryClient.removeQueries({ queryKey: articleKeys.detail(slug) })
      return queryClient.invalidateQueries({ queryKey: articleKeys.lists() })
    },
  })
}
