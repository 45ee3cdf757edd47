import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReplica, buildTestAppWithDb, type TestApp } from '../../../test/build-test-app'
import { auth, registerUser, type TestUser } from '../../../test/factories'
import { type SmtpSink, startSmtpSink, tokenIn } from '../../../test/smtp-sink'

/**
 * `GET /api/user` and `GET /api/profiles/:username` come from the page cache (decision 018). Every write that
 * changes what they show must reach a cached copy at once, on the app that wrote and on a second app on the
 * same database (another replica), and a cache hit must never skip the token checks.
 */

let app: TestApp
let replica: TestApp
let sink: SmtpSink

beforeAll(async () => {
  sink = await startSmtpSink()
  const built = await buildTestAppWithDb({ env: { SMTP_URL: sink.url, APP_URL: 'https://conduit.example' } })
  app = built.app
  replica = await buildReplica(built)
})
afterAll(async () => {
  await app?.close()
  await sink?.close()
})

const get = (target: TestApp, url: string, token?: string) =>
  target.inject({ url, headers: token ? auth(token) : {} })
const currentUser = async (target: TestApp, token: string) => {
  const response = await get(target, '/api/user', token)
  expect(response.statusCode, response.body).toBe(200)
  return response.json().user
}
const profile = async (target: TestApp, username: string, token?: string) => {
  const response = await get(target, `/api/profiles/${username}`, token)
  expect(response.statusCode, response.body).toBe(200)
  return response.json().profile
}
const write = (method: 'POST' | 'PUT' | 'DELETE', url: string, token: string | null, payload?: object) =>
  app.inject({ method, url, headers: token ? auth(token) : {}, ...(payload ? { payload } : {}) })

async function mailToken(email: string, subject: string, path: string) {
  await app.outbox.idle()
  const mails = sink.to(email).filter((mail) => mail.subject.includes(subject))
  const mail = mails.at(-1)
  if (!mail) throw new Error(`no ${subject} mail to ${email}`)
  return tokenIn(mail, path)
}

/** Reads everything about `user` twice on both apps, so each answer below comes from a warm cache. */
async function warm(user: TestUser, viewer: TestUser) {
  for (const target of [app, replica, app, replica]) {
    await currentUser(target, user.token)
    await profile(target, user.username)
    await profile(target, user.username, viewer.token)
  }
}

describe('cached account reads', () => {
  it('serve the same bytes and headers as an uncached read', async () => {
    const user = await registerUser(app)
    const first = await get(replica, '/api/user', user.token)
    const second = await get(replica, '/api/user', user.token)
    expect(second.body).toBe(first.body)
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(second.headers['x-content-type-options']).toBe('nosniff')
    expect(second.json().user.token).toBe(user.token)
  })

  it('answer each token with its own token', async () => {
    const user = await registerUser(app)
    const login = await write('POST', '/api/users/login', null, {
      user: { email: user.email, password: user.password },
    })
    const other = login.json().user.token as string
    expect(other).not.toBe(user.token)
    await currentUser(replica, user.token)
    expect((await currentUser(replica, other)).token).toBe(other)
    expect((await currentUser(replica, user.token)).token).toBe(user.token)
  })

  it('show PUT /api/user at once on both apps', async () => {
    const user = await registerUser(app)
    const viewer = await registerUser(app)
    await warm(user, viewer)
    const username = `${user.username}_r`
    const email = `renamed.${user.email}`
    const updated = await write('PUT', '/api/user', user.token, {
      user: { username, email, bio: 'fresh bio', image: 'https://example.com/a.png' },
    })
    expect(updated.statusCode).toBe(200)
    for (const target of [app, replica]) {
      expect(await currentUser(target, user.token)).toMatchObject({
        username,
        email,
        bio: 'fresh bio',
        image: 'https://example.com/a.png',
      })
      expect(await profile(target, username, viewer.token)).toMatchObject({ bio: 'fresh bio' })
      expect((await get(target, `/api/profiles/${user.username}`)).statusCode).toBe(404)
    }
  })

  it('show follow and unfollow in the follower’s view of the profile, and only there', async () => {
    const user = await registerUser(app)
    const viewer = await registerUser(app)
    await warm(user, viewer)
    await write('POST', `/api/profiles/${user.username}/follow`, viewer.token)
    for (const target of [app, replica]) {
      expect((await profile(target, user.username, viewer.token)).following).toBe(true)
      expect((await profile(target, user.username)).following).toBe(false)
    }
    await warm(user, viewer)
    await write('DELETE', `/api/profiles/${user.username}/follow`, viewer.token)
    for (const target of [app, replica]) {
      expect((await profile(target, user.username, viewer.token)).following).toBe(false)
    }
  })

  it('show an email verification at once on both apps, signed in or not', async () => {
    const user = await registerUser(app)
    const viewer = await registerUser(app)
    await warm(user, viewer)
    expect((await currentUser(replica, user.token)).emailVerified).toBe(false)
    const token = await mailToken(user.email, 'Confirm', 'verify-email')
    expect((await write('POST', '/api/users/verify-email', null, { token })).statusCode).toBe(204)
    for (const target of [app, replica])
      expect((await currentUser(target, user.token)).emailVerified).toBe(true)
  })

  it('show a changed, unverified address after an email change', async () => {
    const user = await registerUser(app)
    const viewer = await registerUser(app)
    const token = await mailToken(user.email, 'Confirm', 'verify-email')
    await write('POST', '/api/users/verify-email', null, { token })
    await warm(user, viewer)
    expect((await currentUser(replica, user.token)).emailVerified).toBe(true)
    await write('PUT', '/api/user', user.token, { user: { email: `moved.${user.email}` } })
    for (const target of [app, replica]) {
      expect(await currentUser(target, user.token)).toMatchObject({
        email: `moved.${user.email}`,
        emailVerified: false,
      })
    }
  })

  it('show a password reset (which proves the address) at once on both apps', async () => {
    const user = await registerUser(app)
    const viewer = await registerUser(app)
    await warm(user, viewer)
    await write('POST', '/api/users/password-reset', null, { user: { email: user.email } })
    const token = await mailToken(user.email, 'Reset', 'reset-password')
    const confirmed = await write('POST', '/api/users/password-reset/confirm', null, {
      token,
      password: 'a brand new password',
    })
    expect(confirmed.statusCode).toBe(200)
    // The old access token lives until its expiry (decision 011); what it reads must be current.
    for (const target of [app, replica])
      expect((await currentUser(target, user.token)).emailVerified).toBe(true)
  })

  it('answer 401 to a deleted account’s token and 404 for its profile, on both apps', async () => {
    const user = await registerUser(app)
    const viewer = await registerUser(app)
    await warm(user, viewer)
    const deleted = await write('DELETE', '/api/user', user.token, { user: { password: user.password } })
    expect(deleted.statusCode).toBe(204)
    for (const target of [app, replica]) {
      const response = await get(target, '/api/user', user.token)
      expect(response.statusCode).toBe(401)
      expect(response.json().errors).toBeTypeOf('object')
      expect((await get(target, `/api/profiles/${user.username}`, viewer.token)).statusCode).toBe(404)
    }
  })

  it('never answer a bad token from the cache', async () => {
    const user = await registerUser(app)
    await currentUser(replica, user.token)
    await currentUser(replica, user.token)
    const tampered = `${user.token.slice(0, -2)}xx`
    expect((await get(replica, '/api/user', tampered)).statusCode).toBe(401)
    expect((await get(replica, '/api/user')).statusCode).toBe(401)
  })
})
