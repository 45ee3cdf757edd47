import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { commentKeys } from './comment-keys'
import type { Comment } from './get-comments'

export function useAddComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: string) => {
      const data = await unwrap(
        api.POST('/articles/{slug}/comments', { params: { path: { slug } }, body: { comment: { body } } }),
      )
      return data.comment
    },
    onSuccess: (comment) => {
      queryClient.setQueryData<Comment[]>(commentKeys.list(slug), (list) => [comment, ...(list ?? [])])
      return queryClient.invalidateQueries({ queryKey: commentKeys.list(slug) })
    },
  })
}
