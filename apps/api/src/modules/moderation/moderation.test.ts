import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestAppWithDb, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'
import { setRole } from '../../../test/staff'

let app: TestApp
let admin: TestUser
let moderator: TestUser
let user: TestUser

beforeAll(async () => {
  const built = await buildTestAppWithDb()
  app = built.app
  admin = await registerUser(app)
  moderator = await registerUser(app)
  user = await registerUser(app)
  await setRole(built.db, admin.username, 'admin')
  await setRole(built.db, moderator.username, 'moderator')
})
afterAll(() => app.close())

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) =>
  app.inject({ method, url, headers: token ? auth(token) : {}, ...(payload ? { payload } : {}) })

const report = (token: string, target: object, reason = 'spam') =>
  call('POST', '/api/reports', token, { report: { ...target, reason } })

describe('who may moderate', () => {
  const adminRoutes = (slug: string, username: string): [string, string, object?][] => [
    ['GET', '/api/admin/reports'],
    ['POST', '/api/admin/reports/1/dismiss'],
    ['POST', `/api/admin/articles/${slug}/hide`, {}],
    ['POST', `/api/admin/articles/${slug}/restore`, {}],
    ['DELETE', `/api/admin/articles/${slug}`],
    ['POST', '/api/admin/comments/1/hide', {}],
    ['POST', '/api/admin/comments/1/restore', {}],
    ['DELETE', '/api/admin/comments/1'],
    ['GET', '/api/admin/users'],
    ['POST', `/api/admin/users/${username}/suspend`, { reason: 'x', until: null }],
    ['POST', `/api/admin/users/${username}/unsuspend`],
    ['POST', `/api/admin/users/${username}/role`, { role: 'moderator' }],
    ['GET', '/api/admin/audit'],
  ]

  it('answers 401 without a token and 403 to a user on every admin route', async () => {
    const article = await createArticle(app, user.token)
    for (const [method, url, payload] of adminRoutes(article.slug, user.username)) {
      const anonymous = await call(method as 'GET', url, undefined, payload)
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401)
      const asUser = await call(method as 'GET', url, user.token, payload)
      expect(asUser.statusCode, `${method} ${url}`).toBe(403)
      expect(asUser.json().errors.account[0]).toMatch(/^must be an? (moderator|admin)$/)
    }
    expect((await call('GET', `/api/articles/${article.slug}`)).statusCode).toBe(200)
  })

  it('gives the user object its role', async () => {
    expect((await call('GET', '/api/user', moderator.token)).json().user.role).toBe('moderator')
    expect((await call('GET', '/api/user', user.token)).json().user.role).toBe('user')
    expect(user.username).toBeTruthy()
  })

  it('lets only admins change roles, never their own, and keeps the last admin', async () => {
    const target = await registerUser(app)
    const byModerator = await call('POST', `/api/admin/users/${target.username}/role`, moderator.token, {
      role: 'moderator',
    })
    expect(byModerator.statusCode).toBe(403)
    expect(byModerator.json()).toEqual({ errors: { account: ['must be an admin'] } })

    const promoted = await call('POST', `/api/admin/users/${target.username}/role`, admin.token, {
      role: 'moderator',
    })
    expect(promoted.statusCode).toBe(200)
    expect(promoted.json().user).toMatchObject({ username: target.username, role: 'moderator' })
    // The role is read from the database on every admin request: power arrives and leaves at once.
    expect((await call('GET', '/api/admin/reports', target.token)).statusCode).toBe(200)
    await call('POST', `/api/admin/users/${target.username}/role`, admin.token, { role: 'user' })
    expect((await call('GET', '/api/admin/reports', target.token)).statusCode).toBe(403)

    const own = await call('POST', `/api/admin/users/${admin.username}/role`, admin.token, { role: 'user' })
    expect(own.statusCode).toBe(403)
    expect(own.json()).toEqual({ errors: { user: ['cannot change your own account'] } })

    const second = await registerUser(app)
    await call('POST', `/api/admin/users/${second.username}/role`, admin.token, { role: 'admin' })
    expect(
      (await call('POST', `/api/admin/users/${admin.username}/role`, second.token, { role: 'user' }))
        .statusCode,
    ).toBe(200)
    const last = await call('POST', `/api/admin/users/${admin.username}/role`, second.token, {
      role: 'admin',
    })
    expect(last.statusCode).toBe(200)
    await call('POST', `/api/admin/users/${second.username}/role`, admin.token, { role: 'user' })
    // `admin` is the only admin again; nobody else can demote them and they cannot demote themselves.
    const lastAdmin = await call('POST', `/api/admin/users/${admin.username}/role`, admin.token, {
      role: 'user',
    })
    expect(lastAdmin.statusCode).toBe(403)
    expect(
      (await call('GET', `/api/admin/users?q=${admin.username}`, admin.token)).json().users[0].role,
    ).toBe('admin')
    expect(
      (await call('POST', '/api/admin/users/nobody-here/role', admin.token, { role: 'user' })).statusCode,
    ).toBe(404)
    expect(
      (await call('POST', `/api/admin/users/${second.username}/role`, admin.token, { role: 'owner' }))
        .statusCode,
    ).toBe(422)
  })

  it('keeps the last admin when two admins demote each other at once', async () => {
    const built = await buildTestAppWithDb()
    try {
      const [first, other] = [await registerUser(built.app), await registerUser(built.app)]
      await setRole(built.db, first.username, 'admin')
      await setRole(built.db, other.username, 'admin')
      const demote = (actor: TestUser, target: TestUser) =>
        built.app.inject({
          method: 'POST',
          url: `/api/admin/users/${target.username}/role`,
          headers: auth(actor.token),
          payload: { role: 'moderator' },
        })
      const answers = await Promise.all([demote(first, other), demote(other, first)])
      const statuses = answers.map((answer) => answer.statusCode).sort()
      // One wins; the other finds itself the last admin's demoter (409), or already demoted (403).
      expect(statuses[0]).toBe(200)
      expect([403, 409]).toContain(statuses[1])
      const refused = answers.find((answer) => answer.statusCode === 409)
      if (refused) expect(refused.json()).toEqual({ errors: { role: ['the last admin cannot be demoted'] } })
      const admins = await built.db
        .selectFrom('users')
        .select('username')
        .where('role', '=', 'admin')
        .execute()
      expect(admins).toHaveLength(1)
    } finally {
      await built.app.close()
    }
  })
})

describe('reports', () => {
  it('files reports on articles, comments and users, and answers a repeat with the open one', async () => {
    const author = await registerUser(app)
    const article = await createArticle(app, author.token)
    const comment = (
      await call('POST', `/api/articles/${article.slug}/comments`, author.token, {
        comment: { body: 'buy now' },
      })
    ).json().comment

    const onArticle = await call('POST', '/api/reports', user.token, {
      report: { article: article.slug, reason: 'spam', note: 'ads' },
    })
    expect(onArticle.statusCode).toBe(201)
    expect(onArticle.json().report).toMatchObject({
      target: 'article',
      article: article.slug,
      comment: null,
      user: null,
      reason: 'spam',
      note: 'ads',
      status: 'open',
    })
    const repeat = await report(user.token, { article: article.slug }, 'other')
    expect(repeat.statusCode).toBe(200)
    expect(repeat.json().report.id).toBe(onArticle.json().report.id)

    const onComment = await report(user.token, { article: article.slug, comment: comment.id }, 'harassment')
    expect(onComment.statusCode).toBe(201)
    expect(onComment.json().report).toMatchObject({
      target: 'comment',
      article: article.slug,
      comment: comment.id,
    })
    const onUser = await report(user.token, { user: author.username }, 'illegal')
    expect(onUser.statusCode).toBe(201)
    expect(onUser.json().report).toMatchObject({ target: 'user', user: author.username, article: null })
  })

  it('answers 404 for unknown targets, 422 for no or two targets or a bad reason, 401 anonymously', async () => {
    const author = await registerUser(app)
    const article = await createArticle(app, author.token)
    expect((await report(user.token, { article: 'no-such-article' })).statusCode).toBe(404)
    expect((await report(user.token, { user: 'no-such-user' })).statusCode).toBe(404)
    expect((await report(user.token, { article: article.slug, comment: 999999 })).statusCode).toBe(404)
    const none = await report(user.token, {})
    expect(none.statusCode).toBe(422)
    expect(none.json()).toEqual({ errors: { report: ['must name one target'] } })
    expect((await report(user.token, { article: article.slug, user: author.username })).statusCode).toBe(422)
    expect((await report(user.token, { comment: 1 })).statusCode).toBe(422)
    expect((await report(user.token, { article: article.slug }, 'boring')).statusCode).toBe(422)
    const longNote = await call('POST', '/api/reports', user.token, {
      report: { article: article.slug, reason: 'other', note: 'x'.repeat(1001) },
    })
    expect(longNote.statusCode).toBe(422)
    expect((await report('', { article: article.slug })).statusCode).toBe(401)
  })

  it('is rate limited per reporter', async () => {
    const built = await buildTestAppWithDb({ env: { REPORTS_PER_HOUR: '2' } })
    try {
      const [reporter, author] = [await registerUser(built.app), await registerUser(built.app)]
      const statuses: number[] = []
      for (let i = 0; i < 3; i++) {
        const article = await createArticle(built.app, author.token)
        const response = await built.app.inject({
          method: 'POST',
          url: '/api/reports',
          headers: auth(reporter.token),
          payload: { report: { article: article.slug, reason: 'spam' } },
        })
        statuses.push(response.statusCode)
        if (response.statusCode === 429) expect(response.headers['retry-after']).toBeDefined()
      }
      expect(statuses).toEqual([201, 201, 429])
    } finally {
      await built.app.close()
    }
  })
})

describe('the queue', () => {
  it('groups open reports by target, newest first, with reasons, and dismisses a whole group', async () => {
    const author = await registerUser(app)
    const [first, second] = [await createArticle(app, author.token), await createArticle(app, author.token)]
    const reporters = [await registerUser(app), await registerUser(app), await registerUser(app)]
    const [r0, r1, r2] = reporters as [TestUser, TestUser, TestUser]
    await report(r0.token, { article: first.slug }, 'spam')
    await report(r1.token, { article: first.slug }, 'spam')
    await report(r2.token, { article: first.slug }, 'other')
    const onSecond = (await report(r0.token, { article: second.slug }, 'illegal')).json().report

    const queue = (await call('GET', '/api/admin/reports?limit=2', moderator.token)).json()
    expect(queue.reportGroupsCount).toBeGreaterThanOrEqual(2)
    expect(queue.reportGroups[0]).toMatchObject({
      target: 'article',
      ref: second.slug,
      reportsCount: 1,
      reasons: { illegal: 1 },
      status: 'open',
      article: { slug: second.slug, hidden: false, author: author.username },
      comment: null,
      user: null,
    })
    expect(queue.reportGroups[1]).toMatchObject({
      ref: first.slug,
      reportsCount: 3,
      reasons: { spam: 2, other: 1 },
    })
    expect(queue.reportGroups[1].reports.map((r: { reporter: string }) => r.reporter).sort()).toEqual(
      reporters.map((r) => r.username).sort(),
    )

    const dismissed = await call('POST', `/api/admin/reports/${onSecond.id}/dismiss`, moderator.token)
    expect(dismissed.statusCode).toBe(200)
    expect(dismissed.json().report).toMatchObject({ id: onSecond.id, status: 'dismissed' })
    const open = (await call('GET', '/api/admin/reports?limit=100', moderator.token)).json()
    expect(open.reportGroups.some((g: { ref: string }) => g.ref === second.slug)).toBe(false)
    const closed = (await call('GET', '/api/admin/reports?status=dismissed', moderator.token)).json()
    expect(closed.reportGroups[0]).toMatchObject({ ref: second.slug, status: 'dismissed' })
    // Once dismissed, the same reporter may report it again.
    expect((await report(r0.token, { article: second.slug })).statusCode).toBe(201)
    expect((await call('POST', '/api/admin/reports/999999/dismiss', moderator.token)).statusCode).toBe(404)
    expect((await call('GET', '/api/admin/reports?status=closed', moderator.token)).statusCode).toBe(422)
    expect((await call('GET', '/api/admin/reports?limit=101', moderator.token)).statusCode).toBe(422)
  })

  it('keeps a group whose target was deleted, with the target null and its ref', async () => {
    const author = await registerUser(app)
    const article = await createArticle(app, author.token)
    const comment = (
      await call('POST', `/api/articles/${article.slug}/comments`, author.token, {
        comment: { body: 'spam' },
      })
    ).json().comment
    await report(user.token, { article: article.slug, comment: comment.id })
    const reporter = await registerUser(app)
    await report(reporter.token, { article: article.slug, comment: comment.id })
    expect(
      (await call('DELETE', `/api/articles/${article.slug}/comments/${comment.id}`, author.token)).statusCode,
    ).toBe(204)
    const group = (await call('GET', '/api/admin/reports?limit=100', moderator.token))
      .json()
      .reportGroups.find(
        (g: { target: string; ref: string }) => g.target === 'comment' && g.ref === String(comment.id),
      )
    expect(group).toMatchObject({ comment: null, reportsCount: 2 })
  })
})

describe('users and the audit log', () => {
  it('lists and searches users by name or email part', async () => {
    const someone = await registerUser(app)
    const byName = (
      await call('GET', `/api/admin/users?q=${someone.username.slice(2).toUpperCase()}`, moderator.token)
    ).json()
    expect(byName.users.map((u: { username: string }) => u.username)).toContain(someone.username)
    expect(byName.users[0]).toMatchObject({ suspended: false, suspendedUntil: null, suspensionReason: null })
    const all = (await call('GET', '/api/admin/users?limit=1', moderator.token)).json()
    expect(all.users).toHaveLength(1)
    expect(all.usersCount).toBeGreaterThan(3)
    expect((await call('GET', '/api/admin/users?q=%25', moderator.token)).json().usersCount).toBe(0)
  })

  it('records every action newest first, and offers no way to change it', async () => {
    const author = await registerUser(app)
    const article = await createArticle(app, author.token)
    await call('POST', `/api/admin/articles/${article.slug}/hide`, moderator.token, { reason: 'off topic' })
    await call('POST', `/api/admin/articles/${article.slug}/restore`, moderator.token)
    const { auditEntries, auditEntriesCount } = (
      await call('GET', '/api/admin/audit?limit=2', admin.token)
    ).json()
    expect(auditEntriesCount).toBeGreaterThanOrEqual(2)
    expect(auditEntries[0]).toMatchObject({
      actor: moderator.username,
      action: 'article.restore',
      target: 'article',
      ref: article.slug,
      reason: null,
    })
    expect(auditEntries[1]).toMatchObject({ action: 'article.hide', reason: 'off topic' })
    expect((await call('DELETE', '/api/admin/audit', admin.token)).statusCode).toBe(404)
    expect((await call('DELETE', `/api/admin/audit/${auditEntries[0].id}`, admin.token)).statusCode).toBe(404)
  })
})
