import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'

let app: TestApp
beforeAll(async () => {
  app = await buildTestApp()
})
afterAll(() => app?.close())

const get = (url: string, token?: string) => app.inject({ url, ...(token ? { headers: auth(token) } : {}) })
const post = (url: string, token: string, payload?: unknown) =>
  app.inject({ method: 'POST', url, headers: auth(token), ...(payload ? { payload } : {}) })
const deleteAccount = (token: string, password: string) =>
  app.inject({ method: 'DELETE', url: '/api/user', headers: auth(token), payload: { user: { password } } })

/** One author with two tagged articles, a comment, a favourite and a follow on someone else's work. */
async function activeUser(other: TestUser, otherSlug: string, tag: string) {
  const user = await registerUser(app)
  const first = await createArticle(app, user.token, { tagList: [tag, 'shared-tag'], body: 'first body' })
  const second = await createArticle(app, user.token, { tagList: [tag] })
  await post(`/api/articles/${otherSlug}/comments`, user.token, { comment: { body: 'nice one' } })
  await post(`/api/articles/${otherSlug}/favorite`, user.token)
  await post(`/api/articles/${first.slug}/favorite`, other.token)
  await post(`/api/profiles/${other.username}/follow`, user.token)
  return { user, slugs: [first.slug, second.slug] }
}

describe('GET /api/user/export', () => {
  it("returns the user's profile, articles with bodies, comments, favourites and follows", async () => {
    const other = await registerUser(app)
    const otherArticle = await createArticle(app, other.token)
    const { user, slugs } = await activeUser(other, otherArticle.slug, 'export-tag')
    const response = await get('/api/user/export', user.token)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('attachment')
    const data = response.json()
    expect(data.profile).toMatchObject({ username: user.username, email: user.email, emailVerified: false })
    expect(data.profile).not.toHaveProperty('passwordHash')
    expect(data.articles.map((article: { slug: string }) => article.slug)).toEqual(slugs)
    expect(data.articles[0]).toMatchObject({
      body: 'first body',
      tagList: ['export-tag', 'shared-tag'],
      favoritesCount: 1,
    })
    expect(data.comments).toEqual([
      expect.objectContaining({ articleSlug: otherArticle.slug, body: 'nice one' }),
    ])
    expect(data.favorites).toEqual([{ slug: otherArticle.slug, title: otherArticle.title }])
    expect(data.following).toEqual([{ username: other.username }])
  })

  it('returns 401 without a token', async () => {
    expect((await get('/api/user/export')).statusCode).toBe(401)
  })
})

describe('DELETE /api/user', () => {
  it('refuses a wrong password with 403 and deletes nothing', async () => {
    const user = await registerUser(app)
    const article = await createArticle(app, user.token)
    const response = await deleteAccount(user.token, 'not my password')
    expect(response.statusCode).toBe(403)
    expect(response.json()).toEqual({ errors: { password: ['is invalid'] } })
    expect((await get(`/api/articles/${article.slug}`)).statusCode).toBe(200)
    expect((await get('/api/user', user.token)).statusCode).toBe(200)
  })

  it('returns 422 without a password', async () => {
    const user = await registerUser(app)
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/user',
      headers: auth(user.token),
      payload: {},
    })
    expect(response.statusCode).toBe(422)
  })

  it('deletes everything the account made, keeps counters and cached pages right', async () => {
    const other = await registerUser(app)
    const otherArticle = await createArticle(app, other.token)
    const tag = `gone${Date.now()}`
    const { user, slugs } = await activeUser(other, otherArticle.slug, tag)
    // Warm the page cache with reads that show the account's work.
    const before = await get('/api/articles?limit=100')
    const tagsBefore = (await get('/api/tags')).json().tags
    expect(tagsBefore).toContain(tag)
    expect((await get(`/api/articles/${otherArticle.slug}`)).json().article.favoritesCount).toBe(1)
    expect((await get(`/api/profiles/${other.username}`, user.token)).json().profile.following).toBe(true)

    const response = await deleteAccount(user.token, user.password)
    expect(response.statusCode).toBe(204)

    const after = await get('/api/articles?limit=100')
    expect(after.json().articlesCount).toBe(before.json().articlesCount - 2)
    for (const slug of slugs) expect((await get(`/api/articles/${slug}`)).statusCode).toBe(404)
    expect(after.json().articles.map((article: { slug: string }) => article.slug)).not.toContain(slugs[0])
    expect((await get(`/api/articles/${otherArticle.slug}`)).json().article.favoritesCount).toBe(0)
    expect((await get(`/api/articles/${otherArticle.slug}/comments`)).json().comments).toEqual([])
    expect((await get(`/api/articles?author=${user.username}`)).json().articlesCount).toBe(0)
    expect((await get(`/api/articles?tag=${tag}`)).json().articlesCount).toBe(0)
    expect((await get('/api/tags')).json().tags).not.toContain(tag)
    expect((await get(`/api/profiles/${user.username}`)).statusCode).toBe(404)
    const login = await app.inject({
      method: 'POST',
      url: '/api/users/login',
      payload: { user: { email: user.email, password: user.password } },
    })
    expect(login.statusCode).toBe(401)
    const refresh = await app.inject({
      method: 'POST',
      url: '/api/users/refresh',
      payload: { refreshToken: user.refreshToken },
    })
    expect(refresh.statusCode).toBe(401)
  })

  it('takes only listed articles off the counters: drafts were never on them', async () => {
    const other = await registerUser(app)
    const tag = `kept${Date.now()}`
    await createArticle(app, other.token, { tagList: [tag] })
    const user = await registerUser(app)
    await createArticle(app, user.token, { tagList: [tag] })
    await createArticle(app, user.token, { tagList: [tag], published: false })
    const allBefore = (await get('/api/articles')).json().articlesCount
    expect((await get(`/api/articles?tag=${tag}`)).json().articlesCount).toBe(2)

    expect((await deleteAccount(user.token, user.password)).statusCode).toBe(204)

    expect((await get('/api/articles')).json().articlesCount).toBe(allBefore - 1)
    expect((await get(`/api/articles?tag=${tag}`)).json().articlesCount).toBe(1)
    expect((await get('/api/tags')).json().tags).toContain(tag)
  })

  it("refuses the account's access token on every route afterwards, reads included", async () => {
    const user = await registerUser(app)
    const article = await createArticle(app, user.token)
    expect((await get('/api/articles', user.token)).statusCode).toBe(200)
    expect((await deleteAccount(user.token, user.password)).statusCode).toBe(204)
    for (const url of [
      '/api/user',
      '/api/articles',
      '/api/articles/feed',
      '/api/tags',
      `/api/profiles/${user.username}`,
      `/api/articles/${article.slug}`,
    ]) {
      const response = await get(url, user.token)
      expect(response.statusCode, url).toBe(401)
      expect(response.json()).toEqual({ errors: { token: ['the account no longer exists'] } })
    }
  })
})
