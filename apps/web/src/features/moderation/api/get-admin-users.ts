import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { ADMIN_PAGE_SIZE, moderationKeys, offsetOf } from './moderation-keys'

export type UserFilter = { q: string; page: number }

export const adminUsersQuery = (filter: UserFilter) =>
  queryOptions({
    queryKey: moderationKeys.users(filter),
    queryFn: () =>
      unwrap(
        api.GET('/admin/users', {
          params: {
            query: {
              ...(filter.q ? { q: filter.q } : {}),
              limit: ADMIN_PAGE_SIZE,
              offset: offsetOf(filter.page),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export function useAdminUsers(filter: UserFilter) {
  return useQuery(adminUsersQuery(filter))
}
