import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from './build-test-app'
import { auth, createArticle, registerUser, type TestUser } from './factories'

// Path and query integers are text; only the canonical decimal spelling may name a number. AJV's coercion
// alone follows Number(), so `0x10` once deleted comment 16.

let app: TestApp
let user: TestUser
let slug: string
let tenth: number
beforeAll(async () => {
  app = await buildTestApp()
  user = await registerUser(app)
  slug = (await createArticle(app, user.token)).slug
  // Ten comments on a fresh database: the last one has id 10, which `1e1`, `0xa`, `+10`, … all spell.
  for (let n = 1; n <= 10; n += 1) {
    const response = await app.inject({
      method: 'POST',
      url: `/api/articles/${slug}/comments`,
      headers: auth(user.token),
      payload: { comment: { body: `comment ${n}` } },
    })
    tenth = response.json().comment.id
  }
})
afterAll(() => app.close())

const commentIds = async () =>
  (await app.inject({ url: `/api/articles/${slug}/comments` }))
    .json()
    .comments.map((comment: { id: number }) => comment.id)

const nonCanonical = (n: number) => [
  `0x${n.toString(16)}`,
  `0b${n.toString(2)}`,
  `0o${n.toString(8)}`,
  `${n / 10}e1`,
  `${n}e0`,
  `+${n}`,
  `0${n}`,
  `%20${n}`,
  `${n}%20`,
  `${n}.0`,
  `${n}.`,
  `%09${n}`,
  `${n}%0A`,
]

describe('numeric ids in paths', () => {
  it('does not let any spelling but the canonical decimal one delete a comment', async () => {
    expect(tenth).toBe(10)
    for (const id of nonCanonical(tenth)) {
      const response = await app.inject({
        method: 'DELETE',
        url: `/api/articles/${slug}/comments/${id}`,
        headers: auth(user.token),
      })
      expect([404, 422], `DELETE …/comments/${id}`).toContain(response.statusCode)
      expect(response.json().errors).toBeTypeOf('object')
    }
    expect(await commentIds()).toContain(tenth)

    const canonical = await app.inject({
      method: 'DELETE',
      url: `/api/articles/${slug}/comments/${tenth}`,
      headers: auth(user.token),
    })
    expect(canonical.statusCode).toBe(204)
    expect(await commentIds()).not.toContain(tenth)
  })

  it('answers 422 naming the id for zero, negatives and ids past the column', async () => {
    for (const id of ['0', '-1', '2147483648', '99999999999999999999999']) {
      const response = await app.inject({
        method: 'DELETE',
        url: `/api/articles/${slug}/comments/${id}`,
        headers: auth(user.token),
      })
      expect(response.statusCode, id).toBe(422)
      expect(Object.keys(response.json().errors)).toEqual(['id'])
    }
  })
})

describe('limit and offset', () => {
  it('accept canonical decimals', async () => {
    const response = await app.inject({ url: '/api/articles?limit=1&offset=0' })
    expect(response.statusCode).toBe(200)
    expect(response.json().articles).toHaveLength(1)
  })

  it.each(['limit', 'offset'])('rejects any other spelling of %s with a 422 naming it', async (field) => {
    for (const value of nonCanonical(10)) {
      for (const url of [`/api/articles?${field}=${value}`, `/api/articles/feed?${field}=${value}`]) {
        const response = await app.inject({ url, headers: auth(user.token) })
        expect(response.statusCode, url).toBe(422)
        expect(Object.keys(response.json().errors), url).toEqual([field])
      }
    }
  })
})
