import { describe, expect, it, vi } from 'vitest'
import { json } from '../test/fake-fetch'
import { jwt } from '../test/jwt'
import { createApiClient, type FetchLike, unwrap } from './api-client'
import { REFRESH_TOKEN_KEY, TOKEN_KEY } from './storage-keys'
import { createTokenStore } from './token-store'

const oldToken = jwt({ sub: '1', exp: 1 })
const newToken = jwt({ sub: '1', exp: 2 })

/** A fake server: requests with the old access token get 401, the new one gets 200. */
function fakeServer(refreshAnswer: () => Response) {
  const calls = { refresh: 0, requests: [] as Request[] }
  const fetch: FetchLike = async (request) => {
    calls.requests.push(request)
    const url = new URL(request.url)
    if (url.pathname === '/api/users/refresh') {
      calls.refresh += 1
      await new Promise((resolve) => setTimeout(resolve, 5))
      return refreshAnswer()
    }
    if (request.headers.get('Authorization') !== `Token ${newToken}`) {
      return json(401, { errors: { token: ['is expired'] } })
    }
    return json(200, { tags: ['a', 'b'] })
  }
  return { fetch, calls }
}

function setup(refreshAnswer: () => Response) {
  const tokenStore = createTokenStore({ storage: window.localStorage, target: window, locks: null })
  tokenStore.set({ token: oldToken, refreshToken: 'refresh-1' })
  const server = fakeServer(refreshAnswer)
  const onSessionExpired = vi.fn()
  const { client } = createApiClient({ tokenStore, onSessionExpired, fetch: server.fetch })
  return { tokenStore, server, onSessionExpired, client }
}

describe('api client', () => {
  it('sends the access token as `Authorization: Token <jwt>`', async () => {
    const tokenStore = createTokenStore({ locks: null })
    tokenStore.set({ token: newToken, refreshToken: 'r' })
    const seen: Request[] = []
    const { client } = createApiClient({
      tokenStore,
      onSessionExpired: () => {},
      fetch: async (request) => {
        seen.push(request)
        return json(200, { tags: [] })
      },
    })
    await unwrap(client.GET('/tags'))
    expect(seen[0]?.headers.get('Authorization')).toBe(`Token ${newToken}`)
    expect(new URL(seen[0]?.url ?? '').pathname).toBe('/api/tags')
  })

  it('sends no Authorization header when signed out', async () => {
    const seen: Request[] = []
    const { client } = createApiClient({
      tokenStore: createTokenStore({ locks: null }),
      onSessionExpired: () => {},
      fetch: async (request) => {
        seen.push(request)
        return json(200, { tags: [] })
      },
    })
    await client.GET('/tags')
    expect(seen[0]?.headers.has('Authorization')).toBe(false)
  })

  it('shares one refresh between 10 parallel 401s and retries each request once', async () => {
    const { client, server, tokenStore } = setup(() =>
      json(200, { user: { token: newToken, refreshToken: 'refresh-2' } }),
    )
    const results = await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/tags'))))
    expect(results).toHaveLength(10)
    expect(results.every((r) => r.tags.length === 2)).toBe(true)
    expect(server.calls.refresh).toBe(1)
    // 10 first attempts + 1 refresh + 10 retries
    expect(server.calls.requests).toHaveLength(21)
    expect(tokenStore.get()).toEqual({ token: newToken, refreshToken: 'refresh-2' })
  })

  it('sends the stored refresh token in the refresh body', async () => {
    const { client, server } = setup(() =>
      json(200, { user: { token: newToken, refreshToken: 'refresh-2' } }),
    )
    await unwrap(client.GET('/tags'))
    const refreshRequest = server.calls.requests.find((r) => r.url.endsWith('/users/refresh'))
    expect(await refreshRequest?.clone().json()).toEqual({ refreshToken: 'refresh-1' })
  })

  it('clears the tokens and reports the expired session once when the refresh is refused', async () => {
    const { client, server, tokenStore, onSessionExpired } = setup(() =>
      json(401, { errors: { refreshToken: ['is invalid'] } }),
    )
    const results = await Promise.allSettled(Array.from({ length: 3 }, () => unwrap(client.GET('/tags'))))
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
    expect(server.calls.refresh).toBe(1)
    expect(tokenStore.get()).toBeNull()
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })

  it('adopts tokens another tab already rotated instead of spending the refresh token', async () => {
    const { client, server, tokenStore } = setup(() => json(500, {}))
    // Another tab refreshed: storage now holds a newer pair than the one our request used.
    const send = client.GET('/tags')
    window.localStorage.setItem(TOKEN_KEY, newToken)
    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-from-other-tab')
    const result = await unwrap(send)
    expect(result.tags).toEqual(['a', 'b'])
    expect(server.calls.refresh).toBe(0)
    expect(tokenStore.get()?.refreshToken).toBe('refresh-from-other-tab')
  })

  it('turns an `errors` body into an ApiError with field errors', async () => {
    const { client } = createApiClient({
      tokenStore: createTokenStore({ locks: null }),
      onSessionExpired: () => {},
      fetch: async () => json(422, { errors: { email: ['has already been taken'] } }),
    })
    await expect(
      unwrap(client.POST('/users', { body: { user: { email: 'a@b.c', password: 'x', username: 'a' } } })),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { email: ['has already been taken'] } })
  })
})
