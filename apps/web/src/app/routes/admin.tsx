import { Link, useParams, useSearchParams } from 'react-router'
import { paths } from '../../config/paths'
import { Pagination } from '../../features/articles/components/pagination'
import { currentUserQuery, isStaff, useCurrentUser } from '../../features/auth/api/get-current-user'
import type { ReportStatus } from '../../features/moderation/api/moderation-types'
import { AuditLog } from '../../features/moderation/components/audit-log'
import { REPORT_STATUSES, ReportQueue } from '../../features/moderation/components/report-queue'
import { UserAdmin } from '../../features/moderation/components/user-admin'
import { queryClient } from '../../lib/query-client'
import { Component as NotFound } from './not-found'
import { readPage } from './read-page'

const SECTIONS = [
  { value: 'reports', label: 'Reports' },
  { value: 'users', label: 'Users' },
  { value: 'audit', label: 'Audit log' },
] as const
type Section = (typeof SECTIONS)[number]['value']

const readSection = (value: string | undefined): Section | null =>
  value === undefined ? 'reports' : (SECTIONS.find((s) => s.value === value)?.value ?? null)

const readStatus = (params: URLSearchParams): ReportStatus =>
  REPORT_STATUSES.find((s) => s.value === params.get('status'))?.value ?? 'open'

/** Who may see the page is the server's word (the user query); every admin call checks it again. */
export async function loader() {
  await queryClient.ensureQueryData(currentUserQuery()).catch(() => null)
  return null
}

export function Component() {
  const { user } = useCurrentUser()
  const section = readSection(useParams().section)
  const [params] = useSearchParams()
  if (!user || !isStaff(user) || !section) return <NotFound />

  const page = readPage(params)
  const pagination = (query: Record<string, string>) => (totalPages: number) => (
    <Pagination
      page={page}
      totalPages={totalPages}
      hrefFor={(p) => paths.admin(section, { ...query, ...(p > 1 ? { page: String(p) } : {}) })}
    />
  )
  const label = SECTIONS.find((s) => s.value === section)?.label ?? ''

  return (
    <div className="container page">
      <title>{`${label} — Moderation — Conduit`}</title>
      <h1 className="page-title">Moderation</h1>
      <nav aria-label="Moderation sections" className="tabs admin-sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.value}>
              <Link to={paths.admin(s.value)} aria-current={s.value === section ? 'page' : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'reports' ? (
        <ReportQueue
          status={readStatus(params)}
          page={page}
          renderPagination={pagination({ status: readStatus(params) })}
        />
      ) : null}
      {section === 'users' ? (
        <UserAdmin
          q={params.get('q') ?? ''}
          page={page}
          canChangeRoles={user.role === 'admin'}
          currentUsername={user.username}
          renderPagination={pagination(params.get('q') ? { q: params.get('q') ?? '' } : {})}
        />
      ) : null}
      {section === 'audit' ? <AuditLog page={page} renderPagination={pagination({})} /> : null}
    </div>
  )
}
