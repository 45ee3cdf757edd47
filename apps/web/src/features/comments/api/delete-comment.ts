import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { commentKeys } from './comment-keys'
import type { Comment } from './get-comments'

export function useDeleteComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: Comment['id']) =>
      unwrap(api.DELETE('/articles/{slug}/comments/{id}', { params: { path: { slug, id } } })),
    onSuccess: (_data, id) => {
      queryClient.setQueryData<Comment[]>(commentKeys.list(slug), (list) => list?.filter((c) => c.id !== id))
      return queryClient.invalidateQueries({ queryKey: commentKeys.list(slug) })
    },
  })
}
