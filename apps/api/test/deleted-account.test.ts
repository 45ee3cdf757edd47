import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../src/db/database'
import { buildTestAppWithDb, type TestApp } from './build-test-app'
import { auth, createArticle, registerUser, type TestUser } from './factories'

/** An operator deleting the row (not DELETE /api/user, see accounts tests) must still leave its tokens dead. */

let app: TestApp
let db: Db
let gone: TestUser
let slug: string
let otherUsername: string

beforeAll(async () => {
  ;({ app, db } = await buildTestAppWithDb())
  gone = await registerUser(app)
  const other = await registerUser(app)
  otherUsername = other.username
  slug = (await createArticle(app, other.token)).slug
  await db.deleteFrom('users').where('username', '=', gone.username).execute()
})
afterAll(async () => app?.close())

const as = (token: string) => ({ headers: auth(token) })

describe('a deleted account', () => {
  it('answers 401 to GET /api/user with its access token', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/user', ...as(gone.token) })
    expect(response.statusCode).toBe(401)
    expect(response.json().errors).toBeTypeOf('object')
  })

  it('cannot refresh: its sessions went with it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/users/refresh',
      payload: { refreshToken: gone.refreshToken },
    })
    expect(response.statusCode).toBe(401)
  })

  it.each([
    ['POST', '/api/articles', { article: { title: 'Ghost', description: 'd', body: 'b', tagList: ['x'] } }],
    ['PUT', '/api/user', { user: { bio: 'ghost' } }],
    ['POST', '/api/articles/:slug/favorite', undefined],
    ['POST', '/api/articles/:slug/comments', { comment: { body: 'boo' } }],
    ['POST', '/api/profiles/:username/follow', undefined],
  ] as const)('answers 401 or 404, never 5xx, to %s %s', async (method, path, payload) => {
    const url = path.replace(':slug', slug).replace(':username', otherUsername)
    const response = await app.inject({ method, url, ...as(gone.token), ...(payload ? { payload } : {}) })
    expect([401, 404], response.body).toContain(response.statusCode)
    expect(response.json().errors).toBeTypeOf('object')
    const articles = await db.selectFrom('articles').select('title').where('title', '=', 'Ghost').execute()
    expect(articles).toEqual([])
  })
})
