import { afterEach, describe, expect, it, vi } from 'vitest'
import { REFRESH_LOCK_KEY, REFRESH_LOCK_NAME, REFRESH_TOKEN_KEY, TOKEN_KEY } from './storage-keys'
import { createTokenStore, readTokens } from './token-store'

/** What the browser delivers to *other* tabs after a localStorage write. */
function storageEventFromOtherTab(key: string | null, newValue: string | null) {
  if (key && newValue === null) window.localStorage.removeItem(key)
  else if (key && newValue !== null) window.localStorage.setItem(key, newValue)
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: window.localStorage }))
}

afterEach(() => vi.useRealTimers())

describe('token store', () => {
  it('keeps the pair under conduit.token and conduit.refreshToken', () => {
    const store = createTokenStore({ locks: null })
    expect(store.get()).toBeNull()
    store.set({ token: 't1', refreshToken: 'r1' })
    expect(window.localStorage.getItem(TOKEN_KEY)).toBe('t1')
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r1')
    expect(store.get()).toEqual({ token: 't1', refreshToken: 'r1' })
    store.clear()
    expect(store.get()).toBeNull()
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull()
  })

  it('tells subscribers about changes in this tab', () => {
    const store = createTokenStore({ locks: null })
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set({ token: 't1', refreshToken: 'r1' })
    store.clear()
    expect(listener.mock.calls).toEqual([
      [{ token: 't1', refreshToken: 'r1' }, 'this-tab'],
      [null, 'this-tab'],
    ])
    unsubscribe()
    store.set({ token: 't2', refreshToken: 'r2' })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('follows sign-in, refresh and sign-out done in another tab', () => {
    const store = createTokenStore({ locks: null })
    const listener = vi.fn()
    store.subscribe(listener)

    storageEventFromOtherTab(TOKEN_KEY, 't1')
    expect(listener).not.toHaveBeenCalled() // half a pair is not a session yet
    storageEventFromOtherTab(REFRESH_TOKEN_KEY, 'r1')
    expect(listener).toHaveBeenLastCalledWith({ token: 't1', refreshToken: 'r1' }, 'other-tab')

    storageEventFromOtherTab(TOKEN_KEY, 't2')
    storageEventFromOtherTab(REFRESH_TOKEN_KEY, 'r2')
    expect(listener).toHaveBeenLastCalledWith({ token: 't2', refreshToken: 'r2' }, 'other-tab')
    expect(store.get()).toEqual({ token: 't2', refreshToken: 'r2' })

    storageEventFromOtherTab(TOKEN_KEY, null)
    storageEventFromOtherTab(REFRESH_TOKEN_KEY, null)
    expect(listener).toHaveBeenLastCalledWith(null, 'other-tab')
  })

  it('ignores storage events for other keys and stops listening when nobody subscribes', () => {
    const store = createTokenStore({ locks: null })
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    storageEventFromOtherTab('theme', 'dark')
    expect(listener).not.toHaveBeenCalled()
    unsubscribe()
    storageEventFromOtherTab(TOKEN_KEY, 't')
    storageEventFromOtherTab(REFRESH_TOKEN_KEY, 'r')
    expect(listener).not.toHaveBeenCalled()
  })

  it('runs refreshes one at a time with the localStorage lock', async () => {
    const store = createTokenStore({ locks: null })
    const order: string[] = []
    const task = (name: string) => async () => {
      order.push(`${name} start`)
      await new Promise((resolve) => setTimeout(resolve, 20))
      order.push(`${name} end`)
    }
    await Promise.all([store.withRefreshLock(task('a')), store.withRefreshLock(task('b'))])
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end'])
    expect(window.localStorage.getItem(REFRESH_LOCK_KEY)).toBeNull()
  })

  it('uses Web Locks when the browser has them', async () => {
    const request = vi.fn(async (_name: string, callback: () => Promise<unknown>) => callback())
    const store = createTokenStore({ locks: { request: request as never } })
    expect(await store.withRefreshLock(async () => 42)).toBe(42)
    expect(request).toHaveBeenCalledWith(REFRESH_LOCK_NAME, expect.any(Function))
  })
})

describe('token answers', () => {
  it('reads the pair from a login or refresh answer', () => {
    expect(readTokens({ user: { token: 't', refreshToken: 'r', email: 'e' } })).toEqual({
      token: 't',
      refreshToken: 'r',
    })
    expect(readTokens({ user: { token: 't' } })).toBeNull()
    expect(readTokens(null)).toBeNull()
  })
})
