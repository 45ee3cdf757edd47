import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'

let app: TestApp
let author: TestUser
beforeAll(async () => {
  app = await buildTestApp()
  author = await registerUser(app)
})
afterAll(() => app.close())

const put = (slug: string, article: object, ifMatch?: string) =>
  app.inject({
    method: 'PUT',
    url: `/api/articles/${slug}`,
    headers: { ...auth(author.token), ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    payload: { article },
  })
const etagOf = async (slug: string) => {
  const response = await app.inject({ url: `/api/articles/${slug}`, headers: auth(author.token) })
  return response.headers.etag as string
}

describe('ETag and If-Match', () => {
  it('every article answer carries a strong ETag that moves with each edit, cached reads too', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth(author.token),
      payload: { article: { title: `Tagged ${Date.now()}`, description: 'd', body: 'b' } },
    })
    const tag = created.headers.etag as string
    expect(tag).toMatch(/^"\d+-\d+"$/)
    const { slug } = created.json().article
    const first = await app.inject({ url: `/api/articles/${slug}` })
    const cached = await app.inject({ url: `/api/articles/${slug}` })
    expect(first.headers.etag).toBe(tag)
    expect(cached.headers.etag).toBe(tag)
    const edited = await put(slug, { body: 'new' })
    expect(edited.headers.etag).not.toBe(tag)
    expect((await app.inject({ url: `/api/articles/${slug}` })).headers.etag).toBe(edited.headers.etag)
  })

  it('answers 412 to a stale If-Match and writes nothing; 200 to the current one', async () => {
    const { slug } = await createArticle(app, author.token)
    const loaded = await etagOf(slug)
    expect((await put(slug, { body: 'first tab' }, loaded)).statusCode).toBe(200)
    const stale = await put(slug, { body: 'second tab' }, loaded)
    expect(stale.statusCode).toBe(412)
    expect(stale.json()).toEqual({ errors: { article: ['has changed since you loaded it'] } })
    const read = await app.inject({ url: `/api/articles/${slug}` })
    expect(read.json().article.body).toBe('first tab')
    const current = await put(slug, { body: 'second tab, merged' }, read.headers.etag as string)
    expect(current.statusCode).toBe(200)
    expect(current.json().article.body).toBe('second tab, merged')
  })

  it.each([
    ['a weak tag', (tag: string) => `W/${tag}`],
    ['another article’s tag', () => '"999999-1"'],
    ['garbage', () => 'nonsense'],
  ])('answers 412 to %s', async (_name, make) => {
    const { slug } = await createArticle(app, author.token)
    expect((await put(slug, { body: 'x' }, make(await etagOf(slug)))).statusCode).toBe(412)
  })

  it('accepts * and a list that names the current tag; without If-Match it overwrites, as today', async () => {
    const { slug } = await createArticle(app, author.token)
    expect((await put(slug, { body: 'star' }, '*')).statusCode).toBe(200)
    expect((await put(slug, { body: 'listed' }, `"1-1", ${await etagOf(slug)}`)).statusCode).toBe(200)
    const old = await etagOf(slug)
    await put(slug, { body: 'moved on' })
    expect((await put(slug, { body: 'blind write' })).statusCode).toBe(200)
    expect((await put(slug, { body: 'stale' }, old)).statusCode).toBe(412)
  })

  it('lets exactly one of two concurrent edits with the same If-Match win', async () => {
    for (let round = 0; round < 5; round++) {
      const { slug } = await createArticle(app, author.token)
      const loaded = await etagOf(slug)
      const results = await Promise.all([
        put(slug, { body: 'tab A' }, loaded),
        put(slug, { body: 'tab B' }, loaded),
      ])
      const statuses = results.map((response) => response.statusCode).sort()
      expect(statuses).toEqual([200, 412])
      const winner = results.find((response) => response.statusCode === 200)?.json().article.body
      const stored = (await app.inject({ url: `/api/articles/${slug}` })).json().article.body
      expect(stored).toBe(winner)
    }
  })

  it('is not moved by a favourite, so readers do not cause false conflicts', async () => {
    const reader = await registerUser(app)
    const { slug } = await createArticle(app, author.token)
    const loaded = await etagOf(slug)
    await app.inject({ method: 'POST', url: `/api/articles/${slug}/favorite`, headers: auth(reader.token) })
    expect((await put(slug, { body: 'still mine' }, loaded)).statusCode).toBe(200)
  })

  it('exposes ETag to browser clients and lets them send If-Match', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/articles/x',
      headers: {
        origin: 'https://example.com',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'if-match,authorization',
      },
    })
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain('if-match')
    const { slug } = await createArticle(app, author.token)
    const read = await app.inject({
      url: `/api/articles/${slug}`,
      headers: { origin: 'https://example.com' },
    })
    expect(String(read.headers['access-control-expose-headers']).toLowerCase()).toContain('etag')
  })
})
