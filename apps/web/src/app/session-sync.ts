import type { QueryClient } from '@tanstack/react-query'
import { paths, safeRedirectPath } from '../config/paths'
import { userKeys } from '../features/auth/api/user-keys'
import { decodeJwtPayload } from '../lib/jwt'
import { type Tokens, tokenStore } from '../lib/token-store'

type Navigate = (to: string, options?: { replace?: boolean; state?: unknown }) => unknown
/** The router, as far as following another tab needs it. */
type AppRouter = { navigate: Navigate; revalidate: () => unknown }

/** Which session a token pair belongs to; a refresh keeps it, a new sign-in changes it. */
function sessionOf(tokens: Tokens | null): string | null {
  if (!tokens) return null
  const payload = decodeJwtPayload(tokens.token)
  const id = payload?.sid ?? payload?.sub
  return typeof id === 'string' || typeof id === 'number' ? String(id) : tokens.refreshToken
}

function here() {
  return `${window.location.pathname}${window.location.search}`
}

/** What the app does when the api client gives up on the session: back to sign-in, then back here. */
export function handleSessionExpired(queryClient: QueryClient, navigate: Navigate) {
  queryClient.setQueryData(userKeys.current(), null)
  if (window.location.pathname === paths.login()) return
  void navigate(paths.login(here()), { replace: true, state: { sessionExpired: true } })
}

/**
 * Sign-in, sign-out and refresh in another tab reach this one through the token store. After a sign-out
 * the current route's loaders run again, so its own guard decides whether the page may stay.
 */
export function syncSessionAcrossTabs(queryClient: QueryClient, router: AppRouter): () => void {
  let current = sessionOf(tokenStore.get())
  return tokenStore.subscribe((tokens, source) => {
    const next = sessionOf(tokens)
    const changed = next !== current
    current = next
    if (source !== 'other-tab' || !changed) return
    void queryClient.resetQueries()
    const { pathname, search } = window.location
    if (!tokens) {
      void router.revalidate()
    } else if (pathname === paths.login() || pathname === paths.register()) {
      void router.navigate(safeRedirectPath(new URLSearchParams(search).get('redirectTo')), { replace: true })
    }
  })
}
