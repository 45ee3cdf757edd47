import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { formatDateTime } from '../../../lib/format-date'
import { type Session, useSessions } from '../api/get-sessions'
import { useRevokeOtherSessions, useRevokeSession } from '../api/revoke-sessions'

export function SessionList() {
  const { data, error, isPending, refetch } = useSessions()
  const revokeOthers = useRevokeOtherSessions()

  if (isPending) return <LoadingState label="Loading sessions…" />
  if (error)
    return <ErrorState title="Sessions could not be loaded" error={error} onRetry={() => void refetch()} />
  if (data.length === 0) return <EmptyState>No signed-in sessions.</EmptyState>

  const hasOthers = data.some((session) => !session.current)
  return (
    <div className="session-list">
      <ul>
        {data.map((session) => (
          <SessionItem key={session.id} session={session} />
        ))}
      </ul>
      {revokeOthers.error ? (
        <p className="field-errors" role="alert">
          {revokeOthers.error.message}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-danger-outline"
        disabled={!hasOthers || revokeOthers.isPending}
        onClick={() => revokeOthers.mutate()}
      >
        {revokeOthers.isPending ? 'Signing out other devices…' : 'Sign out other devices'}
      </button>
    </div>
  )
}

function SessionItem({ session }: { session: Session }) {
  const revoke = useRevokeSession()
  const device = describeUserAgent(session.userAgent)
  return (
    <li className="session card">
      <div className="session-details">
        <p className="session-device">
          {device}
          {session.current ? <span className="badge">This device</span> : null}
        </p>
        <p className="muted">
          Signed in {formatDateTime(session.createdAt)} · last used {formatDateTime(session.lastUsedAt)}
        </p>
        {revoke.error ? (
          <p className="field-errors" role="alert">
            {revoke.error.message}
          </p>
        ) : null}
      </div>
      {session.current ? null : (
        <button
          type="button"
          className="button button-danger-outline button-small"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate(session.id)}
        >
          {revoke.isPending ? 'Revoking…' : 'Revoke'}
          <span className="visually-hidden"> session on {device}</span>
        </button>
      )}
    </li>
  )
}

/** "Firefox on Linux" from a user agent string; the raw string when nothing is recognised. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device'
  const browser =
    [
      ['Edg/', 'Edge'],
      ['OPR/', 'Opera'],
      ['Firefox/', 'Firefox'],
      ['Chrome/', 'Chrome'],
      ['Safari/', 'Safari'],
    ].find(([token]) => token && userAgent.includes(token))?.[1] ?? null
  const os =
    [
      ['Android', 'Android'],
      ['iPhone', 'iOS'],
      ['iPad', 'iPadOS'],
      ['Windows', 'Windows'],
      ['Mac OS X', 'macOS'],
      ['Linux', 'Linux'],
    ].find(([token]) => token && userAgent.includes(token))?.[1] ?? null
  if (browser && os) return `${browser} on ${os}`
  return browser ?? os ?? userAgent.slice(0, 80)
}
