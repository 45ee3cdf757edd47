import { describe, expect, it, vi } from 'vitest'
import { createApiClient, type FetchLike } from './api-client'
import { createServerStatus } from './server-status'
import { createTokenStore } from './token-store'

const unavailable = () =>
  new Response(JSON.stringify({ errors: { body: ['the API is unavailable, try again shortly'] } }), {
    status: 502,
    headers: { 'Content-Type': 'application/json' },
  })

function setup(fetch: FetchLike) {
  const tokenStore = createTokenStore({ storage: window.localStorage, target: window, locks: null })
  tokenStore.set({ token: 'access-1', refreshToken: 'refresh-1' })
  const status = createServerStatus()
  const onSessionExpired = vi.fn()
  const { client } = createApiClient({
    tokenStore,
    onSessionExpired,
    baseUrl: '/api',
    fetch,
    serverStatus: status,
  })
  return { client, status, tokenStore, onSessionExpired }
}

describe('server status', () => {
  it('marks the API unreachable on 502/503/504 and on a failed fetch, and reachable on any other answer', () => {
    const status = createServerStatus()
    const changes: boolean[] = []
    status.subscribe(() => changes.push(status.isReachable()))
    for (const answer of [503, 200, 504, 401, null, 404, 502]) status.report(answer)
    expect(changes).toEqual([false, true, false, true, false, true, false])
  })

  it('keeps the session when the API is unreachable: no refresh, no sign-out', async () => {
    const requests: string[] = []
    const { client, status, tokenStore, onSessionExpired } = setup(async (request) => {
      requests.push(new URL(request.url).pathname)
      return unavailable()
    })
    const { response } = await client.GET('/user')
    expect(response.status).toBe(502)
    expect(status.isReachable()).toBe(false)
    expect(requests).toEqual(['/api/user'])
    expect(tokenStore.get()).toEqual({ token: 'access-1', refreshToken: 'refresh-1' })
    expect(onSessionExpired).not.toHaveBeenCalled()
  })

  it('treats a network failure the same way and recovers on the next answer', async () => {
    let down = true
    const { client, status } = setup(async () => {
      if (down) throw new TypeError('Failed to fetch')
      return new Response(JSON.stringify({ tags: [] }), { status: 200 })
    })
    await expect(client.GET('/tags')).rejects.toThrow('Failed to fetch')
    expect(status.isReachable()).toBe(false)
    down = false
    await client.GET('/tags')
    expect(status.isReachable()).toBe(true)
  })
})
