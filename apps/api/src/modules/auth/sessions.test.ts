import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, registerUser } from '../../../test/factories'
import { REUSE_GRACE_MS } from './refresh-tokens'

let app: TestApp
beforeAll(async () => {
  app = await buildTestApp()
})
afterAll(() => app.close())

const refresh = (refreshToken: string) =>
  app.inject({ method: 'POST', url: '/api/users/refresh', payload: { refreshToken } })
const sessionsOf = (token: string) => app.inject({ url: '/api/user/sessions', headers: auth(token) })
const login = (email: string, password: string, userAgent = 'test-agent') =>
  app.inject({
    method: 'POST',
    url: '/api/users/login',
    headers: { 'user-agent': userAgent },
    payload: { user: { email, password } },
  })

describe('POST /api/users/refresh', () => {
  it('exchanges a refresh token for a new access token and a new refresh token', async () => {
    const user = await registerUser(app)
    const response = await refresh(user.refreshToken)
    expect(response.statusCode).toBe(200)
    const { token, refreshToken, username } = response.json().user
    expect(username).toBe(user.username)
    expect(refreshToken).not.toBe(user.refreshToken)
    expect((await app.inject({ url: '/api/user', headers: auth(token) })).statusCode).toBe(200)
    expect((await refresh(refreshToken)).statusCode).toBe(200)
  })

  it('gives a second tab a fresh pair when it presents the same token within the grace window', async () => {
    const user = await registerUser(app)
    const first = await refresh(user.refreshToken)
    const second = await refresh(user.refreshToken)
    expect(first.statusCode).toBe(200)
    expect(second.statusCode).toBe(200)
    expect((await refresh(first.json().user.refreshToken)).statusCode).toBe(200)
    expect((await refresh(second.json().user.refreshToken)).statusCode).toBe(200)
  })

  it('revokes the whole session when a spent token is replayed after the grace window', async () => {
    const user = await registerUser(app)
    const rotated = (await refresh(user.refreshToken)).json().user.refreshToken as string
    vi.useFakeTimers({ now: Date.now() + REUSE_GRACE_MS + 1_000, toFake: ['Date'] })
    try {
      const replay = await refresh(user.refreshToken)
      expect(replay.statusCode).toBe(401)
      expect(replay.json().errors.token[0]).toMatch(/already used/)
      // The successor dies with the session.
      expect((await refresh(rotated)).statusCode).toBe(401)
    } finally {
      vi.useRealTimers()
    }
  })

  it('returns 401 for an unknown token and 422 for a missing one', async () => {
    expect((await refresh('not-a-token')).statusCode).toBe(401)
    const missing = await app.inject({ method: 'POST', url: '/api/users/refresh', payload: {} })
    expect(missing.statusCode).toBe(422)
    expect(missing.json()).toEqual({ errors: { refreshToken: ["can't be blank"] } })
  })

  it('refuses a refresh token past its lifetime', async () => {
    const user = await registerUser(app)
    vi.useFakeTimers({ now: Date.now() + 31 * 24 * 3600 * 1000, toFake: ['Date'] })
    try {
      expect((await refresh(user.refreshToken)).statusCode).toBe(401)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('POST /api/users/logout', () => {
  it('revokes the session of the refresh token', async () => {
    const user = await registerUser(app)
    const response = await app.inject({
      method: 'POST',
      url: '/api/users/logout',
      payload: { refreshToken: user.refreshToken },
    })
    expect(response.statusCode).toBe(204)
    expect((await refresh(user.refreshToken)).statusCode).toBe(401)
  })
})

describe('sessions', () => {
  it('lists the active sessions with the current one marked', async () => {
    const user = await registerUser(app)
    const phone = (await login(user.email, user.password, 'Phone Browser')).json().user
    const response = await sessionsOf(phone.token)
    expect(response.statusCode).toBe(200)
    const { sessions } = response.json()
    expect(sessions).toHaveLength(2)
    const current = sessions.find((session: { current: boolean }) => session.current)
    expect(current).toMatchObject({ userAgent: 'Phone Browser', current: true })
    expect(current.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('revokes one session by id, and 404s for a session that is not yours', async () => {
    const user = await registerUser(app)
    const other = await registerUser(app)
    const second = (await login(user.email, user.password)).json().user
    const { sessions } = (await sessionsOf(user.token)).json()
    const target = sessions.find((session: { current: boolean }) => !session.current)
    const foreign = await app.inject({
      method: 'DELETE',
      url: `/api/user/sessions/${target.id}`,
      headers: auth(other.token),
    })
    expect(foreign.statusCode).toBe(404)
    const own = await app.inject({
      method: 'DELETE',
      url: `/api/user/sessions/${target.id}`,
      headers: auth(user.token),
    })
    expect(own.statusCode).toBe(204)
    expect((await refresh(second.refreshToken)).statusCode).toBe(401)
    expect((await sessionsOf(user.token)).json().sessions).toHaveLength(1)
  })

  it('signs out every other device', async () => {
    const user = await registerUser(app)
    const other = (await login(user.email, user.password)).json().user
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/user/sessions',
      headers: auth(user.token),
    })
    expect(response.statusCode).toBe(204)
    expect((await refresh(other.refreshToken)).statusCode).toBe(401)
    expect((await refresh(user.refreshToken)).statusCode).toBe(200)
  })

  it('revokes the other sessions when the password changes', async () => {
    const user = await registerUser(app)
    const other = (await login(user.email, user.password)).json().user
    await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: { user: { password: 'changed password!' } },
    })
    expect((await refresh(other.refreshToken)).statusCode).toBe(401)
    expect((await refresh(user.refreshToken)).statusCode).toBe(200)
  })
})

describe('access token verification', () => {
  const secret = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-000')
  const claims = { sid: 'x' }
  const sign = (build: (jwt: SignJWT) => SignJWT, key: Uint8Array = secret, alg = 'HS256') =>
    build(new SignJWT(claims).setProtectedHeader({ alg }).setSubject('1').setIssuedAt()).sign(key)
  const base = (jwt: SignJWT) => jwt.setIssuer('conduit').setAudience('conduit-api').setExpirationTime('10m')
  const status = async (token: string) =>
    (await app.inject({ url: '/api/user', headers: auth(token) })).statusCode

  it('accepts a token it signed', async () => {
    const user = await registerUser(app)
    expect(await status(user.token)).toBe(200)
  })

  it.each([
    ['wrong key', () => sign(base, new TextEncoder().encode('another-secret-that-is-also-long-enough-000'))],
    ['another HMAC algorithm', () => sign(base, secret, 'HS512')],
    [
      'an expired token',
      () =>
        sign((jwt) =>
          jwt
            .setIssuer('conduit')
            .setAudience('conduit-api')
            .setExpirationTime(Math.floor(Date.now() / 1000) - 60),
        ),
    ],
    ['a not-yet-valid token', () => sign((jwt) => base(jwt).setNotBefore('5m'))],
    [
      'a wrong issuer',
      () => sign((jwt) => jwt.setIssuer('evil').setAudience('conduit-api').setExpirationTime('10m')),
    ],
    [
      'a wrong audience',
      () => sign((jwt) => jwt.setIssuer('conduit').setAudience('other').setExpirationTime('10m')),
    ],
    ['no expiry', () => sign((jwt) => jwt.setIssuer('conduit').setAudience('conduit-api'))],
  ])('returns 401 for %s', async (_name, make) => {
    expect(await status(await make())).toBe(401)
  })

  it('returns 401 for alg:none, a tampered payload, a truncated token and random bytes', async () => {
    const user = await registerUser(app)
    const [header, payload, signature] = user.token.split('.') as [string, string, string]
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...decoded, sub: '999' })).toString('base64url')}.${signature}`
    for (const token of [none, tampered, user.token.slice(0, -5), 'a'.repeat(40), `${header}.${payload}`]) {
      expect(await status(token)).toBe(401)
    }
  })

  it('returns 401 for a bad token even where auth is optional', async () => {
    const response = await app.inject({ url: '/api/articles', headers: auth('garbage') })
    expect(response.statusCode).toBe(401)
  })
})
