import { QueryClient } from '@tanstack/react-query'
import { createMemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userKeys } from '../features/auth/api/user-keys'
import { REFRESH_TOKEN_KEY, TOKEN_KEY } from '../lib/storage-keys'
import { tokenStore } from '../lib/token-store'
import { jwt } from '../test/jwt'
import { requireSignedIn } from './guards'
import { handleSessionExpired, syncSessionAcrossTabs } from './session-sync'

function otherTabWrites(key: string, value: string | null) {
  if (value === null) window.localStorage.removeItem(key)
  else window.localStorage.setItem(key, value)
  window.dispatchEvent(
    new StorageEvent('storage', { key, newValue: value, storageArea: window.localStorage }),
  )
}

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  window.history.replaceState(null, '', '/')
})

const Blank = () => null

/** A router over two pages: `/settings` behind the real guard, and the sign-in page. */
function setup(path: string) {
  tokenStore.set({ token: jwt({ sub: '1', sid: 'a' }), refreshToken: 'r1' })
  const router = createMemoryRouter(
    [
      { path: '/settings', loader: ({ request }) => requireSignedIn(request) ?? null, Component: Blank },
      { path: '/login', Component: Blank },
    ],
    { initialEntries: [path] },
  )
  stops.push(() => router.dispose())
  const queryClient = new QueryClient()
  const reset = vi.spyOn(queryClient, 'resetQueries')
  const revalidate = vi.spyOn(router, 'revalidate')
  stops.push(syncSessionAcrossTabs(queryClient, router))
  return { router, reset, revalidate }
}

const location = (router: ReturnType<typeof setup>['router']) =>
  `${router.state.location.pathname}${router.state.location.search}`

describe('session across tabs', () => {
  it("leaves a signed-in-only page when another tab signs out, as the page's guard decides", async () => {
    const { router, reset } = setup('/settings')
    await vi.waitFor(() => expect(router.state.initialized).toBe(true))
    expect(location(router)).toBe('/settings')
    otherTabWrites(TOKEN_KEY, null)
    otherTabWrites(REFRESH_TOKEN_KEY, null)
    expect(reset).toHaveBeenCalled()
    await vi.waitFor(() => expect(location(router)).toBe('/login?redirectTo=%2Fsettings'))
  })

  it('does nothing visible when another tab only refreshed the same session', async () => {
    const { router, reset, revalidate } = setup('/settings')
    await vi.waitFor(() => expect(router.state.initialized).toBe(true))
    otherTabWrites(TOKEN_KEY, jwt({ sub: '1', sid: 'a', exp: 2 }))
    otherTabWrites(REFRESH_TOKEN_KEY, 'r2')
    expect(reset).not.toHaveBeenCalled()
    expect(revalidate).not.toHaveBeenCalled()
    expect(location(router)).toBe('/settings')
  })

  it('follows a sign-in in another tab from the sign-in page to redirectTo', () => {
    window.localStorage.clear()
    window.history.replaceState(null, '', '/login?redirectTo=%2Feditor')
    const queryClient = new QueryClient()
    const navigate = vi.fn()
    stops.push(syncSessionAcrossTabs(queryClient, { navigate, revalidate: vi.fn() }))
    otherTabWrites(TOKEN_KEY, jwt({ sub: '2', sid: 'b' }))
    otherTabWrites(REFRESH_TOKEN_KEY, 'r9')
    expect(navigate).toHaveBeenCalledWith('/editor', { replace: true })
  })

  it('sends an expired session to sign-in with the current page as redirectTo', () => {
    window.history.replaceState(null, '', '/editor/my-post?x=1')
    const queryClient = new QueryClient()
    queryClient.setQueryData(userKeys.current(), { username: 'alice' })
    const navigate = vi.fn()
    handleSessionExpired(queryClient, navigate)
    expect(queryClient.getQueryData(userKeys.current())).toBeNull()
    expect(navigate).toHaveBeenCalledWith('/login?redirectTo=%2Feditor%2Fmy-post%3Fx%3D1', {
      replace: true,
      state: { sessionExpired: true },
    })
  })
})
