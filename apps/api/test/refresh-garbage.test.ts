import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from './build-test-app'
import { registerUser, type TestUser } from './factories'

// Whatever is presented as a refresh token, if it is not a live one the answer is the same 401: its length
// or shape must not get a different status (nor say what a real token looks like).

let app: TestApp
let user: TestUser
beforeAll(async () => {
  app = await buildTestApp()
  user = await registerUser(app)
})
afterAll(() => app.close())

const refresh = (payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/users/refresh', payload })

describe('POST /api/users/refresh with something that is not a live refresh token', () => {
  const garbage = (): [string, string][] => [
    ['an access token', user.token],
    ['a truncated refresh token', user.refreshToken.slice(0, 20)],
    ['a refresh token with one more character', `${user.refreshToken}x`],
    ['an empty string', ''],
    ['one space', ' '],
    ['201 characters', 'a'.repeat(201)],
    ['10 KB', 'x'.repeat(10_000)],
    ['100 KB of unicode', 'ü'.repeat(50_000)],
  ]

  it('answers 401 in the usual shape, whatever it is', async () => {
    for (const [what, token] of garbage()) {
      const response = await refresh({ refreshToken: token })
      expect(response.statusCode, what).toBe(401)
      expect(Object.keys(response.json().errors), what).toHaveLength(1)
    }
    // The real token still works afterwards: nothing above touched its session.
    expect((await refresh({ refreshToken: user.refreshToken })).statusCode).toBe(200)
  })

  it('answers 422 only when refreshToken is missing or not a string', async () => {
    for (const payload of [{}, { refreshToken: null }, { refreshToken: 42 }, { refreshToken: ['a'] }]) {
      const response = await refresh(payload)
      expect(response.statusCode, JSON.stringify(payload)).toBe(422)
      expect(Object.keys(response.json().errors)).toEqual(['refreshToken'])
    }
  })

  it('still refuses megabyte bodies', async () => {
    const response = await refresh({ refreshToken: 'x'.repeat(2 * 1024 * 1024) })
    expect([413, 422]).toContain(response.statusCode)
    expect(response.json().errors).toBeTypeOf('object')
  })
})
