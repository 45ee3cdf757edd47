import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'

/** A new preview link for the draft; whoever holds the old one loses access. */
export function useRotatePreviewToken(slug: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () =>
      (await unwrap(api.POST('/articles/{slug}/preview-token', { params: { path: { slug } } }))).article,
    onSuccess: (article) => queryClient.setQueryData(articleKeys.detail(slug), article),
  })
}
