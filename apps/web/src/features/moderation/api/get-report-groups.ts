import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { ADMIN_PAGE_SIZE, moderationKeys, offsetOf } from './moderation-keys'
import type { ReportStatus } from './moderation-types'

export type ReportFilter = { status: ReportStatus; page: number }

export const reportGroupsQuery = (filter: ReportFilter) =>
  queryOptions({
    queryKey: moderationKeys.reports(filter),
    queryFn: () =>
      unwrap(
        api.GET('/admin/reports', {
          params: { query: { status: filter.status, limit: ADMIN_PAGE_SIZE, offset: offsetOf(filter.page) } },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export function useReportGroups(filter: ReportFilter) {
  return useQuery(reportGroupsQuery(filter))
}
