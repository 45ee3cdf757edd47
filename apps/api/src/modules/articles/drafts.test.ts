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
  // The reader follows the author, so the feed is where a leak would show first.
  await app.inject({
    method: 'POST',
    url: `/api/profiles/${author.username}/follow`,
    headers: auth(reader.token),
  })
})
afterAll(() => app.close())

const get = (url: string, token?: string) => app.inject({ url, headers: token ? auth(token) : {} })
const put = (slug: string, token: string, article: object, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'PUT',
    url: `/api/articles/${slug}`,
    headers: { ...auth(token), ...headers },
    payload: { article },
  })
const saveDraft = (token: string, fields: Partial<{ title: string; tagList: string[] }> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: auth(token),
    payload: {
      article: {
        title: `Draft ${Math.random()}`,
        description: 'd',
        body: 'secret body',
        published: false,
        ...fields,
      },
    },
  })
const slugsOf = (page: { articles: { slug: string }[] }) => page.articles.map((a) => a.slug)

/** Every public place an article can show up, as seen by the reader, plus the counters behind them. */
async function publicViews(tag: string) {
  const lists = {
    all: (await get('/api/articles?limit=100', reader.token)).json(),
    byAuthor: (await get(`/api/articles?author=${author.username}`, reader.token)).json(),
    byTag: (await get(`/api/articles?tag=${tag}`, reader.token)).json(),
    byAuthorAndTag: (await get(`/api/articles?author=${author.username}&tag=${tag}`)).json(),
    feed: (await get('/api/articles/feed', reader.token)).json(),
  }
  const tags: string[] = (await get('/api/tags')).json().tags
  return { lists, tags }
}

describe('drafts', () => {
  it('are saved with published false and publishedAt null, and appear in no list, feed, count or tag', async () => {
    const tag = `draft-only-${Date.now()}`
    const before = await publicViews(tag)
    const response = await saveDraft(author.token, { tagList: [tag] })
    expect(response.statusCode).toBe(201)
    const draft = response.json().article
    expect(draft).toMatchObject({ published: false, publishedAt: null, tagList: [tag] })
    expect(draft.previewToken).toMatch(/^[A-Za-z0-9_-]{43}$/)

    const after = await publicViews(tag)
    for (const [name, page] of Object.entries(after.lists)) {
      expect(slugsOf(page), name).not.toContain(draft.slug)
      expect(page.articlesCount, name).toBe(before.lists[name as keyof typeof before.lists].articlesCount)
    }
    expect(after.tags).not.toContain(tag)
    expect(after.lists.byTag.articlesCount).toBe(0)
  })

  it('404 to everyone but their author, and to their comments and favorites', async () => {
    const draft = (await saveDraft(author.token)).json().article
    const url = `/api/articles/${draft.slug}`
    expect((await get(url)).statusCode).toBe(404)
    expect((await get(url, reader.token)).json()).toEqual({ errors: { article: ['not found'] } })
    const own = await get(url, author.token)
    expect(own.statusCode).toBe(200)
    expect(own.json().article).toMatchObject({ body: 'secret body', previewToken: draft.previewToken })
    expect(own.headers['cache-control']).toBe('private, no-store')

    for (const [method, path, payload] of [
      ['GET', `${url}/comments`, undefined],
      ['POST', `${url}/comments`, { comment: { body: 'hi' } }],
      ['POST', `${url}/favorite`, undefined],
      ['DELETE', `${url}/favorite`, undefined],
      ['PUT', url, { article: { body: 'taken over' } }],
      ['DELETE', url, undefined],
      ['POST', `${url}/preview-token`, undefined],
    ] as const) {
      const response = await app.inject({
        method,
        url: path,
        headers: auth(reader.token),
        ...(payload ? { payload } : {}),
      })
      expect(response.statusCode, `${method} ${path}`).toBe(404)
    }
    expect((await get(`${url}/comments`)).statusCode).toBe(404)
    // The author may work on it as on any article.
    expect((await get(`${url}/comments`, author.token)).statusCode).toBe(200)
    expect((await get(url, author.token)).json().article.body).toBe('secret body')
  })

  it('open to anyone with the preview token, until it is rotated', async () => {
    const draft = (await saveDraft(author.token)).json().article
    const url = `/api/articles/${draft.slug}`
    const preview = await get(`${url}?preview=${draft.previewToken}`)
    expect(preview.statusCode).toBe(200)
    expect(preview.json().article).toMatchObject({ slug: draft.slug, published: false })
    expect(preview.json().article).not.toHaveProperty('previewToken')
    expect(preview.headers['cache-control']).toBe('private, no-store')
    // The preview read must not be remembered for the next anonymous reader.
    expect((await get(url)).statusCode).toBe(404)
    const lastChanged = `${draft.previewToken.slice(0, -1)}${draft.previewToken.endsWith('A') ? 'B' : 'A'}`
    expect((await get(`${url}?preview=${lastChanged}`)).statusCode).toBe(404)
    expect((await get(`${url}?preview=`)).statusCode).toBe(404)

    const rotated = await app.inject({
      method: 'POST',
      url: `${url}/preview-token`,
      headers: auth(author.token),
    })
    expect(rotated.statusCode).toBe(200)
    const token = rotated.json().article.previewToken
    expect(token).not.toBe(draft.previewToken)
    expect((await get(`${url}?preview=${draft.previewToken}`)).statusCode).toBe(404)
    expect((await get(`${url}?preview=${token}`, reader.token)).statusCode).toBe(200)
    expect((await get(url, author.token)).json().article.previewToken).toBe(token)
  })

  it('are listed for their author only, most recently edited first, with a count', async () => {
    const writer = await registerUser(app)
    const first = (await saveDraft(writer.token)).json().article
    const second = (await saveDraft(writer.token)).json().article
    await createArticle(app, writer.token)
    await put(first.slug, writer.token, { body: 'touched' })
    const page = (await get('/api/user/drafts', writer.token)).json()
    expect(slugsOf(page)).toEqual([first.slug, second.slug])
    expect(page.articlesCount).toBe(2)
    expect(page.articles[0]).not.toHaveProperty('previewToken')
    const paged = (await get('/api/user/drafts?limit=1&offset=1', writer.token)).json()
    expect(slugsOf(paged)).toEqual([second.slug])
    expect(paged.articlesCount).toBe(2)
    expect((await get('/api/user/drafts', reader.token)).json().articles).toEqual([])
    expect((await get('/api/user/drafts')).statusCode).toBe(401)
  })

  it('keep every counter right through publish, retag, unpublish and delete', async () => {
    const writer = await registerUser(app)
    await app.inject({
      method: 'POST',
      url: `/api/profiles/${writer.username}/follow`,
      headers: auth(reader.token),
    })
    const tag = `flow-${Date.now()}`
    const counts = async () => ({
      all: (await get('/api/articles?limit=1')).json().articlesCount,
      author: (await get(`/api/articles?author=${writer.username}`)).json().articlesCount,
      tag: (await get(`/api/articles?tag=${tag}`)).json().articlesCount,
      feed: (await get('/api/articles/feed', reader.token)).json().articlesCount,
      tagListed: ((await get('/api/tags')).json().tags as string[]).includes(tag),
    })
    const start = await counts()
    const draft = (await saveDraft(writer.token, { tagList: [tag] })).json().article
    expect(await counts()).toEqual(start)

    const published = await put(draft.slug, writer.token, { published: true })
    expect(published.json().article).toMatchObject({ published: true })
    expect(published.json().article.publishedAt).toMatch(/^\d{4}-/)
    const up = { all: start.all + 1, author: 1, tag: 1, feed: start.feed + 1, tagListed: true }
    expect(await counts()).toEqual(up)
    await put(draft.slug, writer.token, { published: true, body: 'again' })
    expect(await counts()).toEqual(up)

    await put(draft.slug, writer.token, { tagList: ['elsewhere'] })
    expect(await counts()).toMatchObject({ tag: 0, tagListed: false, author: 1 })
    await put(draft.slug, writer.token, { tagList: [tag] })

    const unpublished = await put(draft.slug, writer.token, { published: false })
    expect(unpublished.json().article).toMatchObject({ published: false, publishedAt: null })
    expect(await counts()).toEqual(start)
    await put(draft.slug, writer.token, { published: false, tagList: [tag, 'more'] })
    expect(await counts()).toEqual(start)

    await put(draft.slug, writer.token, { published: true })
    expect(await counts()).toEqual(up)
    await app.inject({ method: 'DELETE', url: `/api/articles/${draft.slug}`, headers: auth(writer.token) })
    expect(await counts()).toEqual(start)

    const deletedDraft = (await saveDraft(writer.token, { tagList: [tag] })).json().article
    await app.inject({
      method: 'DELETE',
      url: `/api/articles/${deletedDraft.slug}`,
      headers: auth(writer.token),
    })
    expect(await counts()).toEqual(start)
  })

  it('are ordered by publication, which is set once', async () => {
    const writer = await registerUser(app)
    const early = (await saveDraft(writer.token)).json().article
    const middle = await createArticle(app, writer.token)
    // Timestamps have millisecond resolution and a tie falls back to id order: publish strictly later.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const firstPublish = (await put(early.slug, writer.token, { published: true })).json().article
    const byAuthor = async () => slugsOf((await get(`/api/articles?author=${writer.username}`)).json())
    // Written first, published last: it leads the list.
    expect(await byAuthor()).toEqual([early.slug, middle.slug])
    expect(slugsOf((await get('/api/articles?limit=2')).json())[0]).toBe(early.slug)

    await put(early.slug, writer.token, { published: false })
    const later = await createArticle(app, writer.token)
    const republished = (await put(early.slug, writer.token, { published: true })).json().article
    expect(republished.publishedAt).toBe(firstPublish.publishedAt)
    expect(await byAuthor()).toEqual([later.slug, early.slug, middle.slug])
  })

  it('default to published when the field is left out, as RealWorld clients expect', async () => {
    const article = await createArticle(app, author.token)
    const read = (await get(`/api/articles/${article.slug}`)).json().article
    expect(read.published).toBe(true)
    expect(read.publishedAt).toBe(read.createdAt)
    expect(read).not.toHaveProperty('previewToken')
    expect((await get('/api/articles?limit=5')).json().articles[0]).not.toHaveProperty('previewToken')
  })

  it('never appear in search results (`?q=`), and enter and leave them with publish and unpublish', async () => {
    const word = `zephyr${Date.now()}`
    const draft = (await saveDraft(author.token, { title: `About ${word}` })).json().article
    const found = async () => slugsOf((await get(`/api/articles?q=${word}`, author.token)).json())
    expect(await found()).toEqual([])

    await put(draft.slug, author.token, { published: true })
    expect(await found()).toEqual([draft.slug])

    await put(draft.slug, author.token, { published: false })
    expect(await found()).toEqual([])
    // Edited while a draft: still out of the index.
    await put(draft.slug, author.token, { body: `more on ${word}` })
    expect(await found()).toEqual([])
  })

  it('never appear in Atom feeds', async () => {
    const title = `Feedless ${Date.now()}`
    const draft = (await saveDraft(author.token, { title })).json().article
    const feed = async () => (await get(`/api/feeds/articles.atom?author=${author.username}`)).body
    expect(await feed()).not.toContain(title)
    await put(draft.slug, author.token, { published: true })
    expect(await feed()).toContain(title)
  })
})
