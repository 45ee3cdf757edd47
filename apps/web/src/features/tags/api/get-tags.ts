import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'

export const tagKeys = {
  all: ['tags'] as const,
  popular: () => [...tagKeys.all, 'popular'] as const,
}

export async function fetchTags() {
  const data = await unwrap(api.GET('/tags'))
  return data.tags
}

export const tagsQuery = () =>
  queryOptions({ queryKey: tagKeys.popular(), queryFn: fetchTags, staleTime: 60_000 })

export function useTags() {
  return useQuery(tagsQuery())
}
