import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser } from '../../../test/factories'

// RealWorld clients keep the token from sign-in and never call /api/users/refresh (decision 011). Time is
// moved with a fake clock, so "past the access-token lifetime" needs no sleeping.
const ACCESS_TOKEN_TTL = 60

let app: TestApp
let strict: TestApp
beforeAll(async () => {
  app = await buildTestApp({ env: { ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL) } })
  strict = await buildTestApp({ env: { ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL), TOKEN_MODE: 'strict' } })
})
afterAll(async () => {
  await app.close()
  await strict.close()
})
afterEach(() => {
  vi.useRealTimers()
})

/** Moves the wall clock forward; timers keep running, so the database drivers are unaffected. */
function travel(seconds: number) {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + seconds * 1000 })
}
const pastExpiry = () => travel(ACCESS_TOKEN_TTL + 5)
const me = (target: TestApp, token: string) => target.inject({ url: '/api/user', headers: auth(token) })

describe('a client that never refreshes', () => {
  it('keeps working past the access-token lifetime: reads, favourites, comments and publishing', async () => {
    const writer = await registerUser(app)
    const article = await createArticle(app, writer.token)
    pastExpiry()

    expect((await me(app, writer.token)).statusCode).toBe(200)
    const favorite = await app.inject({
      method: 'POST',
      url: `/api/articles/${article.slug}/favorite`,
      headers: auth(writer.token),
    })
    expect(favorite.statusCode).toBe(200)
    const comment = await app.inject({
      method: 'POST',
      url: `/api/articles/${article.slug}/comments`,
      headers: auth(writer.token),
      payload: { comment: { body: 'still here' } },
    })
    expect(comment.statusCode).toBe(200)
    await expect(createArticle(app, writer.token)).resolves.toMatchObject({ title: expect.any(String) })
    expect((await me(app, writer.token)).json().user.token).toBe(writer.token)
  })

  it('is signed out once the session outlives the refresh-token lifetime', async () => {
    const reader = await registerUser(app)
    travel(30 * 24 * 3600 + 60)
    expect((await me(app, reader.token)).statusCode).toBe(401)
  })

  it('is refused past expiry when the operator chose TOKEN_MODE=strict', async () => {
    const reader = await registerUser(strict)
    expect((await me(strict, reader.token)).statusCode).toBe(200)
    pastExpiry()
    expect((await me(strict, reader.token)).statusCode).toBe(401)
  })
})

describe('a client that refreshes (our web app)', () => {
  it('gets no second life for any of its access tokens once it has rotated', async () => {
    const user = await registerUser(app)
    const rotated = await app.inject({
      method: 'POST',
      url: '/api/users/refresh',
      payload: { refreshToken: user.refreshToken },
    })
    const { token } = rotated.json().user
    expect((await me(app, token)).statusCode).toBe(200)
    pastExpiry()
    expect((await me(app, token)).statusCode).toBe(401)
    expect((await me(app, user.token)).statusCode).toBe(401)
  })
})

// The stated bound: a revocation reaches a live token when it expires (ACCESS_TOKEN_TTL), and an expired
// one at once, because every request with an expired token asks its session.
describe('revoking what a never-refreshing client holds', () => {
  const signIn = async (email: string, password: string) =>
    (
      await app.inject({
        method: 'POST',
        url: '/api/users/login',
        payload: { user: { email, password } },
      })
    ).json().user as { token: string; refreshToken: string }

  const revocations: [string, (user: Awaited<ReturnType<typeof registerUser>>) => Promise<number>][] = [
    [
      'logout',
      async (user) =>
        (
          await app.inject({
            method: 'POST',
            url: '/api/users/logout',
            payload: { refreshToken: user.refreshToken },
          })
        ).statusCode,
    ],
    [
      'sign out other devices',
      async (user) => {
        const other = await signIn(user.email, user.password)
        return (await app.inject({ method: 'DELETE', url: '/api/user/sessions', headers: auth(other.token) }))
          .statusCode
      },
    ],
    [
      'a password change elsewhere',
      async (user) => {
        const other = await signIn(user.email, user.password)
        return (
          await app.inject({
            method: 'PUT',
            url: '/api/user',
            headers: auth(other.token),
            payload: { user: { password: 'a brand new passphrase' } },
          })
        ).statusCode
      },
    ],
  ]

  it.each(revocations)('cuts off an expired token at once after %s', async (_name, revoke) => {
    const user = await registerUser(app)
    pastExpiry()
    expect((await me(app, user.token)).statusCode).toBe(200)
    expect(await revoke(user)).toBeLessThan(300)
    expect((await me(app, user.token)).statusCode).toBe(401)
  })

  it.each(revocations)('cuts off a live token within ACCESS_TOKEN_TTL after %s', async (_name, revoke) => {
    const user = await registerUser(app)
    expect(await revoke(user)).toBeLessThan(300)
    pastExpiry()
    expect((await me(app, user.token)).statusCode).toBe(401)
  })
})
