import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, registerUser } from '../../../test/factories'

let app: TestApp
beforeAll(async () => {
  app = await buildTestApp()
})
afterAll(() => app.close())

const register = (user: unknown) => app.inject({ method: 'POST', url: '/api/users', payload: { user } })
const login = (user: unknown) => app.inject({ method: 'POST', url: '/api/users/login', payload: { user } })

describe('POST /api/users', () => {
  it('registers a user and answers 201 with tokens', async () => {
    const response = await register({ username: 'jake', email: 'Jake@Example.com', password: 'jakejakejake' })
    expect(response.statusCode).toBe(201)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const { user } = response.json()
    expect(user).toMatchObject({ username: 'jake', email: 'jake@example.com', bio: '', image: null })
    expect(user.token.split('.')).toHaveLength(3)
    expect(user.refreshToken).toMatch(/^[\w-]{40,}$/)
    expect(user).not.toHaveProperty('passwordHash')
  })

  it('returns 422 naming both fields when username and email are taken', async () => {
    const existing = await registerUser(app)
    const response = await register({
      username: existing.username,
      email: existing.email.toUpperCase(),
      password: 'whatever123',
    })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toEqual({
      errors: { email: ['has already been taken'], username: ['has already been taken'] },
    })
  })

  it('returns 422 for each missing field', async () => {
    const response = await register({})
    expect(response.statusCode).toBe(422)
    expect(Object.keys(response.json().errors).sort()).toEqual(['email', 'password', 'username'])
    expect(response.json().errors.email).toEqual(["can't be blank"])
  })

  it('returns 422 for wrongly typed fields instead of coercing them', async () => {
    const response = await register({ username: 123, email: ['a@b.c'], password: true })
    expect(response.statusCode).toBe(422)
    expect(response.json().errors).toMatchObject({
      username: ['must be a string'],
      email: ['must be a string'],
    })
  })

  it('returns 422 for an invalid email, a short password and a username with spaces', async () => {
    const response = await register({ username: 'two words', email: 'not-an-email', password: 'short' })
    expect(response.statusCode).toBe(422)
    expect(response.json().errors).toEqual({
      username: ['is invalid'],
      email: ['is invalid'],
      password: ['is too short (minimum is 8 characters)'],
    })
  })

  it('returns 422 when the body is missing, not JSON, or too large', async () => {
    const empty = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/json' },
    })
    expect(empty.statusCode).toBe(422)
    expect(empty.json().errors).toHaveProperty('body')
    const broken = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/json' },
      payload: '{"user": {',
    })
    expect(broken.statusCode).toBe(422)
    expect(broken.json()).toEqual({ errors: { body: ['is not valid JSON'] } })
    const huge = await register({ username: 'x'.repeat(2_000_000), email: 'a@b.co', password: 'password1' })
    expect(huge.statusCode).toBe(422)
    expect(huge.json()).toEqual({ errors: { body: ['is too large'] } })
  })

  it('returns 415 in the error envelope for a content type it does not read', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/xml' },
      payload: '<user/>',
    })
    expect(response.statusCode).toBe(415)
    expect(response.json()).toEqual({ errors: { body: ['must be application/json'] } })
  })

  it('returns 422 when a plain-text body is not the user object', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toEqual({ errors: { body: ['must be an object'] } })
  })
})

describe('POST /api/users/login', () => {
  it('signs in with the right password and a differently cased email', async () => {
    const user = await registerUser(app)
    const response = await login({ email: user.email.toUpperCase(), password: user.password })
    expect(response.statusCode).toBe(200)
    expect(response.json().user).toMatchObject({ username: user.username, email: user.email })
    expect(response.json().user.refreshToken).toBeTypeOf('string')
  })

  it('says the same thing for a wrong password and an unknown email', async () => {
    const user = await registerUser(app)
    const wrong = await login({ email: user.email, password: 'not the password' })
    const unknown = await login({ email: 'nobody@example.com', password: 'not the password' })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expect(wrong.json()).toEqual({ errors: { 'email or password': ['is invalid'] } })
  })

  it('ignores a stale token in the header', async () => {
    const user = await registerUser(app)
    const response = await app.inject({
      method: 'POST',
      url: '/api/users/login',
      headers: auth('stale.token.value'),
      payload: { user: { email: user.email, password: user.password } },
    })
    expect(response.statusCode).toBe(200)
  })
})

describe('GET /api/user', () => {
  it('returns the current user for Token and Bearer schemes', async () => {
    const user = await registerUser(app)
    for (const scheme of ['Token', 'Bearer']) {
      const response = await app.inject({
        url: '/api/user',
        headers: { authorization: `${scheme} ${user.token}` },
      })
      expect(response.statusCode).toBe(200)
      expect(response.json().user).toMatchObject({ username: user.username, token: user.token })
    }
  })

  it('returns 401 without a token or with a malformed one', async () => {
    expect((await app.inject({ url: '/api/user' })).statusCode).toBe(401)
    const bad = await app.inject({ url: '/api/user', headers: { authorization: 'Token nope' } })
    expect(bad.statusCode).toBe(401)
    expect(bad.json().errors).toHaveProperty('token')
    const noScheme = await app.inject({ url: '/api/user', headers: { authorization: 'Basic abc' } })
    expect(noScheme.statusCode).toBe(401)
  })
})

describe('PUT /api/user', () => {
  it('updates bio, image, username and email', async () => {
    const user = await registerUser(app)
    const response = await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: {
        user: {
          bio: 'I like to skateboard',
          image: 'https://example.com/me.png',
          username: `${user.username}_2`,
          email: `2${user.email}`,
        },
      },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json().user).toMatchObject({
      bio: 'I like to skateboard',
      image: 'https://example.com/me.png',
      username: `${user.username}_2`,
      email: `2${user.email}`,
      token: user.token,
    })
    const again = await app.inject({ url: '/api/user', headers: auth(user.token) })
    expect(again.json().user.bio).toBe('I like to skateboard')
  })

  it('clears the image with an empty string', async () => {
    const user = await registerUser(app)
    const response = await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: { user: { image: '' } },
    })
    expect(response.json().user.image).toBeNull()
  })

  it("returns 422 when the new email is someone else's, and changes nothing", async () => {
    const [a, b] = [await registerUser(app), await registerUser(app)]
    const response = await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(a.token),
      payload: { user: { email: b.email, bio: 'should not stick' } },
    })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toEqual({ errors: { email: ['has already been taken'] } })
    const current = await app.inject({ url: '/api/user', headers: auth(a.token) })
    expect(current.json().user).toMatchObject({ email: a.email, bio: '' })
  })

  it('lets the user sign in with a new password and not the old one', async () => {
    const user = await registerUser(app)
    await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: { user: { password: 'a brand new secret' } },
    })
    expect((await login({ email: user.email, password: user.password })).statusCode).toBe(401)
    expect((await login({ email: user.email, password: 'a brand new secret' })).statusCode).toBe(200)
  })

  it('returns 401 without a token before looking at the body', async () => {
    const response = await app.inject({ method: 'PUT', url: '/api/user', payload: { user: { email: 5 } } })
    expect(response.statusCode).toBe(401)
  })
})
