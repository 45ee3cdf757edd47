import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { commentKeys } from './comment-keys'

export async function fetchComments(slug: string) {
  const data = await unwrap(api.GET('/articles/{slug}/comments', { params: { path: { slug } } }))
  return data.comments
}

export type Comment = Awaited<ReturnType<typeof fetchComments>>[number]

export const commentsQuery = (slug: string) =>
  queryOptions({ queryKey: commentKeys.list(slug), queryFn: () => fetchComments(slug) })

export function useComments(slug: string) {
  return useQuery(commentsQuery(slug))
}
