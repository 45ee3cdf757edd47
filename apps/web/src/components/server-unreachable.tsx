import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { env } from '../config/env'
import { type ServerStatus, serverStatus } from '../lib/server-status'

/** How often the notice asks the API whether it is back. */
export const RECHECK_INTERVAL_MS = 3_000

/**
 * Shown while the API cannot be reached (502/503/504 or no answer at all). It checks `/api/health`
 * every few seconds and on "Try again"; once the API answers, `onRecovered` reloads what failed.
 * The session is left alone: an unreachable server says nothing about the tokens.
 */
export function ServerUnreachable({
  onRecovered,
  status = serverStatus,
}: {
  onRecovered: () => void
  status?: ServerStatus
}) {
  const reachable = useSyncExternalStore(status.subscribe, status.isReachable)

  const recheck = useCallback(async () => {
    const answered = await fetch(`${env.apiBaseUrl}/health`, { cache: 'no-store' }).then(
      (response) => response.status,
      () => null,
    )
    status.report(answered)
    if (status.isReachable()) onRecovered()
  }, [status, onRecovered])

  useEffect(() => {
    if (reachable) return
    const timer = setInterval(() => void recheck(), RECHECK_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [reachable, recheck])

  if (reachable) return null
  return (
    <div className="server-unreachable" role="alert">
      <div className="container server-unreachable-inner">
        <p>
          <strong>Can't reach the server.</strong> You are still signed in; we'll reconnect as soon as it is
          back.
        </p>
        <button type="button" className="button button-secondary" onClick={() => void recheck()}>
          Try again
        </button>
      </div>
    </div>
  )
}
