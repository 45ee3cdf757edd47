import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'

let app: TestApp
let author: TestUser
let reader: TestUser
beforeAll(async () => {
  app = await buildTestApp()
  author = await registerUser(app)
  reader = await registerUser(app)
})
afterAll(() => app.close())

const comment = (slug: string, token: string, body: unknown) =>
  app.inject({
    method: 'POST',
    url: `/api/articles/${slug}/comments`,
    headers: auth(token),
    payload: { comment: { body } },
  })

describe('comments', () => {
  it('adds comments and lists them newest first, with authors as the viewer sees them', async () => {
    const article = await createArticle(app, author.token)
    const first = await comment(article.slug, reader.token, 'First!')
    expect(first.statusCode).toBe(200)
    expect(first.json().comment).toMatchObject({
      body: 'First!',
      author: { username: reader.username, following: false },
    })
    expect(first.json().comment.id).toBeTypeOf('number')
    await comment(article.slug, author.token, 'Thanks')
    await app.inject({
      method: 'POST',
      url: `/api/profiles/${reader.username}/follow`,
      headers: auth(author.token),
    })
    const { comments } = (
      await app.inject({ url: `/api/articles/${article.slug}/comments`, headers: auth(author.token) })
    ).json()
    expect(comments.map((c: { body: string }) => c.body)).toEqual(['Thanks', 'First!'])
    expect(comments[1].author.following).toBe(true)
  })

  it('returns 422 for a blank body and 404 for an unknown article', async () => {
    const article = await createArticle(app, author.token)
    const blank = await comment(article.slug, reader.token, '  ')
    expect(blank.statusCode).toBe(422)
    expect(blank.json()).toEqual({ errors: { body: ["can't be blank"] } })
    expect((await comment('no-such-article', reader.token, 'hello')).statusCode).toBe(404)
    expect((await app.inject({ url: '/api/articles/no-such-article/comments' })).statusCode).toBe(404)
  })

  it("deletes your own comment, 403s on someone else's, 404s on a missing one", async () => {
    const article = await createArticle(app, author.token)
    const { id } = (await comment(article.slug, reader.token, 'mine')).json().comment
    const url = `/api/articles/${article.slug}/comments/${id}`
    expect((await app.inject({ method: 'DELETE', url, headers: auth(author.token) })).statusCode).toBe(403)
    expect((await app.inject({ method: 'DELETE', url, headers: auth(reader.token) })).statusCode).toBe(204)
    expect((await app.inject({ method: 'DELETE', url, headers: auth(reader.token) })).statusCode).toBe(404)
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/articles/${article.slug}/comments/abc`,
          headers: auth(reader.token),
        })
      ).statusCode,
    ).toBe(422)
  })
})
