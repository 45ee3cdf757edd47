import { type FormEvent, type ReactNode, useState } from 'react'
import { useNavigate } from 'react-router'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { paths } from '../../../config/paths'
import { formatDateTime } from '../../../lib/format-date'
import { useAdminUsers } from '../api/get-admin-users'
import { useUserAction } from '../api/manage-user'
import { ADMIN_PAGE_SIZE } from '../api/moderation-keys'
import type { AdminUser, Role } from '../api/moderation-types'
import { ConfirmButton } from './confirm-button'
import { SuspendForm } from './suspend-form'
import './moderation.css'

const ROLES: Role[] = ['user', 'moderator', 'admin']

type UserAdminProps = {
  q: string
  page: number
  /** Only admins change roles; the API refuses moderators anyway. */
  canChangeRoles: boolean
  currentUsername: string
  renderPagination: (totalPages: number) => ReactNode
}

export function UserAdmin({ q, page, canChangeRoles, currentUsername, renderPagination }: UserAdminProps) {
  const { data, error, isPending, refetch } = useAdminUsers({ q, page })
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <UserSearch key={q} q={q} />
      {isPending ? (
        <LoadingState label="Loading users…" />
      ) : error ? (
        <ErrorState title="The users could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : data.users.length === 0 ? (
        <EmptyState>{q ? `No user matches “${q}”.` : 'No users.'}</EmptyState>
      ) : (
        <>
          <ul className="admin-users">
            {data.users.map((user) => (
              <UserRow
                key={user.username}
                user={user}
                canChangeRoles={canChangeRoles}
                isSelf={user.username === currentUsername}
              />
            ))}
          </ul>
          {renderPagination(Math.ceil(data.usersCount / ADMIN_PAGE_SIZE))}
        </>
      )}
    </section>
  )
}

function UserSearch({ q }: { q: string }) {
  const [value, setValue] = useState(q)
  const navigate = useNavigate()
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const term = value.trim()
    navigate(paths.admin('users', term ? { q: term } : {}))
  }
  return (
    <form className="admin-search" onSubmit={onSubmit}>
      <label htmlFor="admin-user-search">Search by name or email</label>
      <input id="admin-user-search" type="search" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button button-primary button-small">
        Search
      </button>
    </form>
  )
}

function UserRow({
  user,
  canChangeRoles,
  isSelf,
}: {
  user: AdminUser
  canChangeRoles: boolean
  isSelf: boolean
}) {
  const action = useUserAction()
  const [suspending, setSuspending] = useState(false)
  return (
    <li className="card admin-user">
      <div className="admin-user-summary">
        <h3>{user.username}</h3>
        <p className="muted">
          {user.email} · joined {formatDateTime(user.createdAt)}
        </p>
        <p>
          Role: <strong>{user.role}</strong>
          {user.suspended ? (
            <>
              {' '}
              · <span className="tag tag-hidden">suspended</span>{' '}
              {user.suspendedUntil ? `until ${formatDateTime(user.suspendedUntil)}` : 'until lifted'}
              {user.suspensionReason ? ` — ${user.suspensionReason}` : null}
            </>
          ) : null}
        </p>
      </div>
      {isSelf ? (
        <p className="muted">This is your account.</p>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a toolbar of controls, not a form
        <div className="report-action-buttons" role="group" aria-label={`Actions on ${user.username}`}>
          {canChangeRoles ? <RoleChanger user={user} /> : null}
          {user.suspended ? (
            <ConfirmButton
              label="Unsuspend"
              target={user.username}
              question={`Lift ${user.username}'s suspension?`}
              confirmLabel="Yes, unsuspend"
              isPending={action.isPending}
              onConfirm={() => action.mutate({ kind: 'unsuspend', username: user.username })}
            />
          ) : suspending ? null : (
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={() => setSuspending(true)}
            >
              Suspend<span className="visually-hidden"> {user.username}</span>
            </button>
          )}
        </div>
      )}
      {action.error ? (
        <p className="field-errors" role="alert">
          {action.error.message}
        </p>
      ) : null}
      {suspending ? <SuspendForm username={user.username} onDone={() => setSuspending(false)} /> : null}
    </li>
  )
}

function RoleChanger({ user }: { user: AdminUser }) {
  const [role, setRole] = useState<Role>(user.role)
  const action = useUserAction()
  const id = `role-${user.username}`
  return (
    <span className="role-changer">
      <label htmlFor={id}>Role for {user.username}</label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {role !== user.role ? (
        <ConfirmButton
          label="Change role"
          target={`of ${user.username} to ${role}`}
          question={`Make ${user.username} ${role === 'admin' ? 'an' : 'a'} ${role}?`}
          confirmLabel="Yes, change"
          isPending={action.isPending}
          onConfirm={() => action.mutate({ kind: 'role', username: user.username, role })}
        />
      ) : null}
      {action.error ? (
        <span className="field-errors" role="alert">
          {action.error.message}
        </span>
      ) : null}
    </span>
  )
}
