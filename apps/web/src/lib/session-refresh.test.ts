import { afterEach, describe, expect, it, vi } from 'vitest'
import { jwt } from '../test/jwt'
import { createSessionRefresher, type RefreshResult } from './session-refresh'
import { REFRESH_TOKEN_KEY, TOKEN_KEY } from './storage-keys'
import { createTokenStore } from './token-store'

afterEach(() => vi.useRealTimers())

describe('session refresher', () => {
  it('refreshes a minute before the access token expires', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
    const nowSeconds = Math.floor(Date.now() / 1000)
    const tokenStore = createTokenStore({ locks: null })
    tokenStore.set({ token: jwt({ iat: nowSeconds, exp: nowSeconds + 900 }), refreshToken: 'r1' })
    const requestRefresh = vi.fn(
      async (): Promise<RefreshResult> => ({
        kind: 'ok',
        tokens: { token: jwt({ iat: nowSeconds + 840, exp: nowSeconds + 1740 }), refreshToken: 'r2' },
      }),
    )
    const refresher = createSessionRefresher({ tokenStore, requestRefresh, onExpired: () => {} })
    const stop = refresher.startProactiveRefresh()

    await vi.advanceTimersByTimeAsync(839_000)
    expect(requestRefresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_500)
    expect(requestRefresh).toHaveBeenCalledTimes(1)
    expect(requestRefresh).toHaveBeenCalledWith('r1')
    expect(tokenStore.get()?.refreshToken).toBe('r2')
    stop()
  })

  it('keeps the tokens when the refresh endpoint cannot be reached', async () => {
    const tokenStore = createTokenStore({ locks: null })
    tokenStore.set({ token: 't1', refreshToken: 'r1' })
    const onExpired = vi.fn()
    const refresher = createSessionRefresher({
      tokenStore,
      requestRefresh: async () => ({ kind: 'unavailable' }),
      onExpired,
    })
    expect(await refresher.refresh('t1')).toBe(false)
    expect(tokenStore.get()).toEqual({ token: 't1', refreshToken: 'r1' })
    expect(onExpired).not.toHaveBeenCalled()
  })

  it('does not sign out when another tab rotated while our refresh was refused', async () => {
    const tokenStore = createTokenStore({ locks: null })
    tokenStore.set({ token: 't1', refreshToken: 'r1' })
    const onExpired = vi.fn()
    const refresher = createSessionRefresher({
      tokenStore,
      requestRefresh: async () => {
        window.localStorage.setItem(TOKEN_KEY, 't2')
        window.localStorage.setItem(REFRESH_TOKEN_KEY, 'r2')
        return { kind: 'rejected' }
      },
      onExpired,
    })
    expect(await refresher.refresh('t1')).toBe(true)
    expect(tokenStore.get()).toEqual({ token: 't2', refreshToken: 'r2' })
    expect(onExpired).not.toHaveBeenCalled()
  })
})
