import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildReplica, buildTestAppWithDb, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'
import { setRole } from '../../../test/staff'

let app: TestApp
let replica: TestApp
let db: Awaited<ReturnType<typeof buildTestAppWithDb>>['db']
let admin: TestUser
let moderator: TestUser
let reader: TestUser

beforeAll(async () => {
  const built = await buildTestAppWithDb({ env: { SUSPENSION_SWEEP_MS: '50' } })
  app = built.app
  db = built.db
  // A second replica on the same database; it sweeps too, so both race to end a suspension.
  replica = await buildReplica(built)
  await replica.ready()
  admin = await registerUser(app)
  moderator = await registerUser(app)
  reader = await registerUser(app)
  await setRole(db, admin.username, 'admin')
  await setRole(db, moderator.username, 'moderator')
})
afterAll(async () => {
  await replica.close().catch(() => {})
  await app.close()
})

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token?: string, payload?: object) =>
  app.inject({ method, url, headers: token ? auth(token) : {}, ...(payload ? { payload } : {}) })
const suspend = (username: string, until: string | null, token = moderator.token) =>
  call('POST', `/api/admin/users/${username}/suspend`, token, { reason: 'spam wave', until })
const json = async (target: TestApp, url: string, token?: string) =>
  (await target.inject({ url, headers: token ? auth(token) : {} })).json()

describe('suspending an account', () => {
  it('revokes every session, blocks every write and sign-in at once, and hides what the user wrote', async () => {
    const user = await registerUser(app)
    const tag = `sus${Date.now().toString(36)}`
    const article = await createArticle(app, user.token, { tagList: [tag] })
    const other = await createArticle(app, reader.token)
    const comment = (
      await call('POST', `/api/articles/${other.slug}/comments`, user.token, { comment: { body: 'hi' } })
    ).json().comment
    await call('POST', '/api/reports', reader.token, { report: { user: user.username, reason: 'spam' } })
    const totalBefore = (await json(replica, '/api/articles')).articlesCount
    expect((await json(replica, `/api/articles?author=${user.username}`)).articlesCount).toBe(1)

    const suspended = await suspend(user.username, null)
    expect(suspended.statusCode).toBe(200)
    expect(suspended.json().user).toMatchObject({
      username: user.username,
      suspended: true,
      suspendedUntil: null,
      suspensionReason: 'spam wave',
    })

    // Writes, with the access token still unexpired, answer 403 from the next request on.
    const suspendedError = { errors: { account: ['is suspended'] } }
    const writes: [string, string, object?][] = [
      ['POST', '/api/articles', { article: { title: 't', description: 'd', body: 'b' } }],
      ['PUT', `/api/articles/${article.slug}`, { article: { body: 'edited' } }],
      ['DELETE', `/api/articles/${article.slug}`],
      ['POST', `/api/articles/${other.slug}/favorite`],
      ['DELETE', `/api/articles/${other.slug}/favorite`],
      ['POST', `/api/articles/${other.slug}/comments`, { comment: { body: 'again' } }],
      ['DELETE', `/api/articles/${other.slug}/comments/${comment.id}`],
      ['POST', `/api/profiles/${reader.username}/follow`],
      ['DELETE', `/api/profiles/${reader.username}/follow`],
      ['PUT', '/api/user', { user: { bio: 'still here' } }],
      ['POST', '/api/reports', { report: { user: reader.username, reason: 'other' } }],
    ]
    for (const [method, url, payload] of writes) {
      const response = await call(method as 'POST', url, user.token, payload)
      expect(response.statusCode, `${method} ${url}`).toBe(403)
      expect(response.json()).toEqual(suspendedError)
    }
    const signIn = await call('POST', '/api/users/login', undefined, {
      user: { email: user.email, password: user.password },
    })
    expect(signIn.statusCode).toBe(403)
    expect(signIn.json()).toEqual({ ...suspendedError, suspension: { reason: 'spam wave', until: null } })
    const refresh = await call('POST', '/api/users/refresh', undefined, { refreshToken: user.refreshToken })
    expect(refresh.statusCode).toBe(403)
    expect(refresh.json().suspension).toEqual({ reason: 'spam wave', until: null })
    const { id: userId } = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', user.username)
      .executeTakeFirstOrThrow()
    const sessions = await db
      .selectFrom('sessions')
      .select('revokedAt')
      .where('userId', '=', userId)
      .execute()
    expect(sessions.length).toBeGreaterThan(0)
    expect(sessions.every((session) => session.revokedAt !== null)).toBe(true)

    // Their content is gone for everyone else, on both replicas, with the counters.
    for (const target of [app, replica]) {
      expect((await json(target, '/api/articles')).articlesCount).toBe(totalBefore - 1)
      expect(await json(target, `/api/articles?author=${user.username}`)).toEqual({
        articles: [],
        articlesCount: 0,
      })
      expect((await json(target, `/api/articles?tag=${tag}`)).articlesCount).toBe(0)
      expect((await json(target, '/api/tags')).tags).not.toContain(tag)
      expect((await target.inject({ url: `/api/articles/${article.slug}` })).statusCode).toBe(404)
      expect((await json(target, `/api/articles/${other.slug}/comments`)).comments).toEqual([])
    }
    expect((await json(app, `/api/articles/${article.slug}`, moderator.token)).article.hidden).toBe(true)
    const open = (await json(app, '/api/admin/reports?limit=100', moderator.token)).reportGroups
    expect(open.find((g: { ref: string }) => g.ref === user.username)).toBeUndefined()

    // Lifting it brings everything back as it was.
    const lifted = await call('POST', `/api/admin/users/${user.username}/unsuspend`, moderator.token)
    expect(lifted.json().user).toMatchObject({
      suspended: false,
      suspendedUntil: null,
      suspensionReason: null,
    })
    for (const target of [app, replica]) {
      expect((await json(target, '/api/articles')).articlesCount).toBe(totalBefore)
      expect((await json(target, `/api/articles?tag=${tag}`)).articlesCount).toBe(1)
      expect((await json(target, `/api/articles/${other.slug}/comments`)).comments).toHaveLength(1)
      expect((await json(target, `/api/articles/${article.slug}`)).article.hidden).toBe(false)
    }
    const again = await call('POST', '/api/users/login', undefined, {
      user: { email: user.email, password: user.password },
    })
    expect(again.statusCode).toBe(200)
    const actions = (await json(app, '/api/admin/audit?limit=2', admin.token)).auditEntries
    expect(actions.map((e: { action: string }) => e.action)).toEqual(['user.unsuspend', 'user.suspend'])
    expect(actions[1]).toMatchObject({ actor: moderator.username, ref: user.username, reason: 'spam wave' })
  })

  it('keeps what a moderator hid hidden when the suspension is lifted', async () => {
    const user = await registerUser(app)
    const article = await createArticle(app, user.token)
    await call('POST', `/api/admin/articles/${article.slug}/hide`, moderator.token)
    await suspend(user.username, null)
    await call('POST', `/api/admin/users/${user.username}/unsuspend`, moderator.token)
    expect((await app.inject({ url: `/api/articles/${article.slug}` })).statusCode).toBe(404)
  })

  it('follows the rules: not yourself, not staff unless admin, a future end, a known user', async () => {
    const user = await registerUser(app)
    const own = await suspend(moderator.username, null)
    expect(own.statusCode).toBe(403)
    expect(own.json()).toEqual({ errors: { user: ['cannot change your own account'] } })
    expect((await suspend(admin.username, null)).statusCode).toBe(403)
    const peer = await registerUser(app)
    await setRole(db, peer.username, 'moderator')
    expect((await suspend(peer.username, null)).statusCode).toBe(403)
    expect((await suspend(peer.username, null, admin.token)).statusCode).toBe(200)
    const past = await suspend(user.username, '2020-01-01T00:00:00.000Z')
    expect(past.statusCode).toBe(422)
    expect(past.json()).toEqual({ errors: { until: ['must be in the future'] } })
    expect((await suspend(user.username, 'someday')).statusCode).toBe(422)
    expect((await suspend('no-such-user', null)).statusCode).toBe(404)
    const noReason = await call('POST', `/api/admin/users/${user.username}/suspend`, moderator.token, {
      until: null,
    })
    expect(noReason.statusCode).toBe(422)
  })

  it('ends a timed suspension by itself, on every replica', async () => {
    const user = await registerUser(app)
    const article = await createArticle(app, user.token)
    const until = new Date(Date.now() + 60_000).toISOString()
    const suspended = await suspend(user.username, until)
    expect(suspended.json().user).toMatchObject({ suspended: true, suspendedUntil: until })
    const login = await call('POST', '/api/users/login', undefined, {
      user: { email: user.email, password: user.password },
    })
    expect(login.json().suspension).toEqual({ reason: 'spam wave', until })
    expect((await replica.inject({ url: `/api/articles/${article.slug}` })).statusCode).toBe(404)

    // Time passes: the end moves into the past, and the sweep (every 50 ms here) ends it.
    await db
      .updateTable('users')
      .set({ suspendedUntil: new Date(Date.now() - 1000).toISOString() })
      .where('username', '=', user.username)
      .execute()
    await vi.waitFor(
      async () => {
        expect((await replica.inject({ url: `/api/articles/${article.slug}` })).statusCode).toBe(200)
      },
      { timeout: 5000, interval: 50 },
    )
    expect((await json(app, `/api/articles?author=${user.username}`)).articlesCount).toBe(1)
    const row = await db
      .selectFrom('users')
      .select(['suspendedUntil'])
      .where('username', '=', user.username)
      .executeTakeFirst()
    expect(row?.suspendedUntil).toBeNull()
    const back = await call('POST', '/api/users/login', undefined, {
      user: { email: user.email, password: user.password },
    })
    expect(back.statusCode).toBe(200)
  })
})
