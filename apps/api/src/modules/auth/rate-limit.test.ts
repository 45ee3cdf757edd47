import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { registerUser } from '../../../test/factories'

let app: TestApp
beforeAll(async () => {
  app = await buildTestApp({ env: { AUTH_RATE_LIMIT_ACCOUNT: '3', AUTH_RATE_LIMIT_IP: '8' } })
})
afterAll(() => app.close())

const login = (email: string, password: string, ip = '127.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/api/users/login',
    remoteAddress: ip,
    payload: { user: { email, password } },
  })

describe('sign-in rate limits', () => {
  it('answers 429 in the error envelope after repeated attempts on one account', async () => {
    const user = await registerUser(app)
    const statuses = []
    for (let attempt = 0; attempt < 4; attempt++)
      statuses.push((await login(user.email, 'wrong password', `10.0.0.${attempt}`)).statusCode)
    expect(statuses).toEqual([401, 401, 401, 429])
    const blocked = await login(user.email, user.password, '10.0.0.9')
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json().errors.body[0]).toMatch(/too many attempts/)
  })

  it('answers 429 after repeated attempts from one address across accounts', async () => {
    const statuses = []
    for (let attempt = 0; attempt < 9; attempt++) {
      statuses.push((await login(`nobody${attempt}@example.com`, 'whatever', '192.0.2.7')).statusCode)
    }
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true)
    expect(statuses[8]).toBe(429)
  })
})
