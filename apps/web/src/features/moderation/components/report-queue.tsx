import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { paths } from '../../../config/paths'
import { useReportGroups } from '../api/get-report-groups'
import { ADMIN_PAGE_SIZE } from '../api/moderation-keys'
import type { ReportStatus } from '../api/moderation-types'
import { ReportGroupCard } from './report-group-card'
import './moderation.css'

export const REPORT_STATUSES: { value: ReportStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'dismissed', label: 'Dismissed' },
]

type ReportQueueProps = {
  status: ReportStatus
  page: number
  renderPagination: (totalPages: number) => ReactNode
}

export function ReportQueue({ status, page, renderPagination }: ReportQueueProps) {
  const { data, error, isPending, refetch } = useReportGroups({ status, page })
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">Reports</h2>
      <nav aria-label="Report status" className="tabs">
        <ul>
          {REPORT_STATUSES.map((option) => (
            <li key={option.value}>
              <Link
                to={paths.admin('reports', { status: option.value })}
                aria-current={option.value === status ? 'page' : undefined}
              >
                {option.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {isPending ? (
        <LoadingState label="Loading reports…" />
      ) : error ? (
        <ErrorState title="The reports could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : data.reportGroups.length === 0 ? (
        <EmptyState>No {status} reports.</EmptyState>
      ) : (
        <>
          <ul className="report-groups">
            {data.reportGroups.map((group) => (
              <ReportGroupCard key={`${group.target}:${group.ref}:${group.reportIds[0]}`} group={group} />
            ))}
          </ul>
          {renderPagination(Math.ceil(data.reportGroupsCount / ADMIN_PAGE_SIZE))}
        </>
      )}
    </section>
  )
}
