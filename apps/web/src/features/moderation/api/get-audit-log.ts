import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { ADMIN_PAGE_SIZE, moderationKeys, offsetOf } from './moderation-keys'

export const auditLogQuery = (page: number) =>
  queryOptions({
    queryKey: moderationKeys.audit(page),
    queryFn: () =>
      unwrap(
        api.GET('/admin/audit', {
          params: { query: { limit: ADMIN_PAGE_SIZE, offset: offsetOf(page) } },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export function useAuditLog(page: number) {
  return useQuery(auditLogQuery(page))
}
