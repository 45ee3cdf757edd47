import { msUntilRefresh } from './jwt'
import type { TokenStore, Tokens } from './token-store'

export type RefreshResult =
  | { kind: 'ok'; tokens: Tokens }
  | { kind: 'rejected' } // the server refused the refresh token: the session is over
  | { kind: 'unavailable' } // network or server trouble: keep the tokens, try again later

export type SessionRefresherOptions = {
  tokenStore: TokenStore
  requestRefresh: (refreshToken: string) => Promise<RefreshResult>
  onExpired: () => void
}

const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * One refresh at a time: concurrent callers in this tab share one promise, and tabs take turns
 * through the token store's lock. Before spending the refresh token we re-read storage; when the
 * stored pair is no longer the one the caller used, another tab (or an earlier flight) has already
 * rotated it and we adopt the new pair instead of calling the server.
 */
export function createSessionRefresher({ tokenStore, requestRefresh, onExpired }: SessionRefresherOptions) {
  let inflight: Promise<boolean> | null = null

  function refresh(usedToken: string | null): Promise<boolean> {
    inflight ??= tokenStore
      .withRefreshLock(() => rotate(usedToken))
      .finally(() => {
        inflight = null
      })
    return inflight
  }

  async function rotate(usedToken: string | null): Promise<boolean> {
    const current = tokenStore.get()
    if (!current) return false
    if (usedToken !== null && current.token !== usedToken) return true
    const result = await requestRefresh(current.refreshToken)
    if (result.kind === 'ok') {
      tokenStore.set(result.tokens)
      return true
    }
    if (result.kind === 'unavailable') return false
    const latest = tokenStore.get()
    if (latest && latest.refreshToken !== current.refreshToken) return true
    tokenStore.clear()
    onExpired()
    return false
  }

  /** Refreshes shortly before the access token expires; returns a stop function. */
  function startProactiveRefresh(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      const token = tokenStore.get()?.token
      if (!token) return
      const wait = msUntilRefresh(token)
      if (wait === null) return
      timer = setTimeout(() => void refresh(token), Math.min(wait, MAX_TIMER_MS))
    }
    const unsubscribe = tokenStore.subscribe(schedule)
    schedule()
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }

  return { refresh, startProactiveRefresh }
}

export type SessionRefresher = ReturnType<typeof createSessionRefresher>
