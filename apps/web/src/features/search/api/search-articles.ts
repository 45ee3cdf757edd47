import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'

export const RESULTS_PER_PAGE = 10
/** The API answers 422 beyond this; the box stops typing there instead. */
export const MAX_QUERY_LENGTH = 200

export type SearchFilter = { q: string; page: number }

export const searchKeys = {
  all: ['search'] as const,
  results: (filter: SearchFilter) => [...searchKeys.all, filter] as const,
}

export const searchQuery = (filter: SearchFilter) =>
  queryOptions({
    queryKey: searchKeys.results(filter),
    queryFn: () =>
      unwrap(
        api.GET('/articles', {
          params: {
            query: {
              q: filter.q,
              limit: RESULTS_PER_PAGE,
              offset: (Math.max(filter.page, 1) - 1) * RESULTS_PER_PAGE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export type SearchResults = Awaited<ReturnType<NonNullable<ReturnType<typeof searchQuery>['queryFn']>>>
export type SearchResult = SearchResults['articles'][number]

export function useSearch(filter: SearchFilter) {
  return useQuery({ ...searchQuery(filter), enabled: filter.q.trim() !== '' })
}
