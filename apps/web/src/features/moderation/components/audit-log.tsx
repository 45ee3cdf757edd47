import type { ReactNode } from 'react'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { formatDateTime } from '../../../lib/format-date'
import { useAuditLog } from '../api/get-audit-log'
import { ADMIN_PAGE_SIZE } from '../api/moderation-keys'
import './moderation.css'

type AuditLogProps = { page: number; renderPagination: (totalPages: number) => ReactNode }

export function AuditLog({ page, renderPagination }: AuditLogProps) {
  const { data, error, isPending, refetch } = useAuditLog(page)
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      {isPending ? (
        <LoadingState label="Loading the audit log…" />
      ) : error ? (
        <ErrorState title="The audit log could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : data.auditEntries.length === 0 ? (
        <EmptyState>No moderation actions yet.</EmptyState>
      ) : (
        <>
          <div className="table-scroll">
            <table className="audit-table">
              <caption className="visually-hidden">Moderation actions, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {data.auditEntries.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                    </td>
                    <td>{entry.actor}</td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td>
                      {entry.target} {entry.ref}
                    </td>
                    <td>{entry.reason ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {renderPagination(Math.ceil(data.auditEntriesCount / ADMIN_PAGE_SIZE))}
        </>
      )}
    </section>
  )
}
