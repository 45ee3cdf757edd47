import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp, testDialect } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'

/** Counts the SQL statements the app sends, to prove list pages cost a fixed number of queries. */
const queryCounter = { count: 0 }
const countingPlugin: KyselyPlugin = {
  transformQuery(args) {
    queryCounter.count++
    return args.node
  },
  transformResult: async (args) => args.result,
}

let app: TestApp
let alice: TestUser
let bob: TestUser
beforeAll(async () => {
  app = await buildTestApp({ plugins: [countingPlugin] })
  alice = await registerUser(app)
  bob = await registerUser(app)
})
afterAll(() => app.close())

const get = (url: string, token?: string) => app.inject({ url, headers: token ? auth(token) : {} })

describe('POST /api/articles', () => {
  it('creates an article with its tags in alphabetical order and answers 201', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth(alice.token),
      payload: {
        article: {
          title: 'How to train your dragon',
          description: 'Ever wonder how?',
          body: 'You have to *believe*',
          tagList: ['training', 'dragons', 'training'],
        },
      },
    })
    expect(response.statusCode).toBe(201)
    const { article } = response.json()
    expect(article).toMatchObject({
      slug: 'how-to-train-your-dragon',
      title: 'How to train your dragon',
      body: 'You have to *believe*',
      tagList: ['dragons', 'training'],
      favorited: false,
      favoritesCount: 0,
      author: { username: alice.username, following: false },
    })
    expect(article.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('gives equal titles unique slugs', async () => {
    const first = await createArticle(app, alice.token, { title: 'Same title' })
    const second = await createArticle(app, bob.token, { title: 'Same title' })
    expect(first.slug).toBe('same-title')
    expect(second.slug).toMatch(/^same-title-[0-9a-f]{6}$/)
  })

  it('returns 422 naming each blank or missing field, and writes nothing', async () => {
    const before = (await get('/api/articles?limit=1')).json().articlesCount
    const response = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth(alice.token),
      payload: { article: { title: '   ', description: '', tagList: 'not-a-list' } },
    })
    expect(response.statusCode).toBe(422)
    expect(response.json().errors).toEqual({
      title: ["can't be blank"],
      description: ["can't be blank"],
      body: ["can't be blank"],
      tagList: ['must be an array'],
    })
    const blankTag = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth(alice.token),
      payload: { article: { title: 't', description: 'd', body: 'b', tagList: ['ok', ' '] } },
    })
    expect(blankTag.json()).toEqual({ errors: { tagList: ["can't be blank"] } })
    expect((await get('/api/articles?limit=1')).json().articlesCount).toBe(before)
  })

  it('returns 401 without a token', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: { article: {} } })
    expect(response.statusCode).toBe(401)
  })
})

describe('GET /api/articles', () => {
  it('filters by tag, author and favorited, newest first, counting every match', async () => {
    const tag = `tag-${Date.now()}`
    const older = await createArticle(app, alice.token, { tagList: [tag] })
    const newer = await createArticle(app, bob.token, { tagList: [tag, 'other'] })
    await app.inject({
      method: 'POST',
      url: `/api/articles/${older.slug}/favorite`,
      headers: auth(bob.token),
    })

    const byTag = (await get(`/api/articles?tag=${tag}`)).json()
    expect(byTag.articles.map((a: { slug: string }) => a.slug)).toEqual([newer.slug, older.slug])
    expect(byTag.articlesCount).toBe(2)
    expect(byTag.articles[0]).toHaveProperty('body')

    const byAuthor = (await get(`/api/articles?author=${bob.username}&tag=${tag}`)).json()
    expect(byAuthor.articles.map((a: { slug: string }) => a.slug)).toEqual([newer.slug])

    const byFavorited = (await get(`/api/articles?favorited=${bob.username}`, bob.token)).json()
    expect(byFavorited.articles.map((a: { slug: string }) => a.slug)).toEqual([older.slug])
    expect(byFavorited.articles[0]).toMatchObject({ favorited: true, favoritesCount: 1 })

    expect((await get('/api/articles?author=nobody-at-all')).json()).toEqual({
      articles: [],
      articlesCount: 0,
    })
  })

  it('pages with limit and offset while articlesCount stays the total', async () => {
    const author = await registerUser(app)
    for (let i = 0; i < 5; i++) await createArticle(app, author.token, { title: `Paged ${i}` })
    const page = (await get(`/api/articles?author=${author.username}&limit=2&offset=2`)).json()
    expect(page.articlesCount).toBe(5)
    expect(page.articles.map((a: { title: string }) => a.title)).toEqual(['Paged 2', 'Paged 1'])
    const defaults = (await get(`/api/articles?author=${author.username}`)).json()
    expect(defaults.articles).toHaveLength(5)
  })

  it.each(['limit=0', 'limit=-1', 'limit=101', 'limit=abc', 'offset=-5', 'offset=1e99', 'tag=a&tag=b'])(
    'returns 422 for %s',
    async (query) => {
      const response = await get(`/api/articles?${query}`)
      expect(response.statusCode).toBe(422)
      expect(Object.keys(response.json().errors).length).toBeGreaterThan(0)
    },
  )

  it('takes the same number of queries for a page of 2 as for a page of 20', async () => {
    const author = await registerUser(app)
    const reader = await registerUser(app)
    for (let i = 0; i < 20; i++) await createArticle(app, author.token, { tagList: ['a', 'b', `t${i}`] })
    await app.inject({
      method: 'POST',
      url: `/api/profiles/${author.username}/follow`,
      headers: auth(reader.token),
    })
    const queriesFor = async (url: string) => {
      const before = queryCounter.count
      expect((await get(url, reader.token)).statusCode).toBe(200)
      return queryCounter.count - before
    }
    const small = await queriesFor('/api/articles?limit=2')
    const large = await queriesFor('/api/articles?limit=20')
    expect(large).toBe(small)
    expect(large).toBeLessThanOrEqual(6)
    expect(await queriesFor('/api/articles/feed?limit=20')).toBe(
      await queriesFor('/api/articles/feed?limit=2'),
    )
  })

  it('creates a published article with new and existing tags in a bounded number of statements', async () => {
    const author = await registerUser(app)
    await createArticle(app, author.token, { tagList: ['existing'] })
    const before = queryCounter.count
    const created = await createArticle(app, author.token, { tagList: ['existing', `new-${Date.now()}`] })
    // SQLite: slug check, article, search row, missing tags, links, tag counts, two counters, the answer's
    // read. PostgreSQL, where each is a round trip: the change notification, all of the write in one
    // statement, the answer's read.
    expect(queryCounter.count - before).toBeLessThanOrEqual(testDialect === 'postgres' ? 3 : 9)
    const tags = (await get('/api/tags')).json().tags
    expect(tags).toEqual(expect.arrayContaining(created.tagList))
  })
})

describe('articlesCount', () => {
  it('stays equal to the matching articles through creates, retags and deletes', async () => {
    const writer = await registerUser(app)
    const reader = await registerUser(app)
    const tag = `count-${Date.now()}`
    await app.inject({
      method: 'POST',
      url: `/api/profiles/${writer.username}/follow`,
      headers: auth(reader.token),
    })
    const slugs = []
    for (let i = 0; i < 4; i++)
      slugs.push((await createArticle(app, writer.token, { tagList: i < 3 ? [tag] : [] })).slug)
    await app.inject({
      method: 'PUT',
      url: `/api/articles/${slugs[0]}`,
      headers: auth(writer.token),
      payload: { article: { tagList: ['elsewhere'] } },
    })
    await app.inject({
      method: 'PUT',
      url: `/api/articles/${slugs[3]}`,
      headers: auth(writer.token),
      payload: { article: { tagList: [tag, 'elsewhere'] } },
    })
    await app.inject({ method: 'DELETE', url: `/api/articles/${slugs[1]}`, headers: auth(writer.token) })

    const check = async (url: string, expected: number) => {
      const page = (await get(`${url}${url.includes('?') ? '&' : '?'}limit=100`, reader.token)).json()
      expect(page.articlesCount, url).toBe(expected)
      expect(page.articles.length, url).toBe(Math.min(expected, 100))
    }
    await check(`/api/articles?tag=${tag}`, 2)
    await check(`/api/articles?author=${writer.username}`, 3)
    await check('/api/articles/feed', 3)
    await check(`/api/articles?author=${writer.username}&tag=${tag}`, 2)
    const everything = (await get('/api/articles?limit=1')).json().articlesCount
    let listed = 0
    for (let offset = 0; offset < everything + 100; offset += 100) {
      listed += (await get(`/api/articles?limit=100&offset=${offset}`)).json().articles.length
    }
    expect(listed).toBe(everything)
  })
})

describe('GET /api/articles/feed', () => {
  it("lists the followed authors' articles only, and 401s anonymously", async () => {
    const writer = await registerUser(app)
    const reader = await registerUser(app)
    const article = await createArticle(app, writer.token)
    await createArticle(app, alice.token)
    expect((await get('/api/articles/feed', reader.token)).json()).toEqual({ articles: [], articlesCount: 0 })
    await app.inject({
      method: 'POST',
      url: `/api/profiles/${writer.username}/follow`,
      headers: auth(reader.token),
    })
    const feed = (await get('/api/articles/feed', reader.token)).json()
    expect(feed.articlesCount).toBe(1)
    expect(feed.articles[0]).toMatchObject({
      slug: article.slug,
      author: { username: writer.username, following: true },
    })
    expect((await get('/api/articles/feed')).statusCode).toBe(401)
  })
})

describe('single article', () => {
  it('gets one by slug, and 404s for an unknown one', async () => {
    const article = await createArticle(app, alice.token, { body: '## Markdown' })
    const response = await get(`/api/articles/${article.slug}`)
    expect(response.statusCode).toBe(200)
    expect(response.json().article.body).toBe('## Markdown')
    const missing = await get('/api/articles/no-such-article')
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ errors: { article: ['not found'] } })
  })

  it('updates fields and tags, moving the slug with the title', async () => {
    const article = await createArticle(app, alice.token, { title: 'Before the edit', tagList: ['x'] })
    const response = await app.inject({
      method: 'PUT',
      url: `/api/articles/${article.slug}`,
      headers: auth(alice.token),
      payload: { article: { title: 'After the edit', body: 'new body', tagList: ['z', 'y'] } },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json().article).toMatchObject({
      slug: 'after-the-edit',
      title: 'After the edit',
      body: 'new body',
      tagList: ['y', 'z'],
    })
    expect((await get('/api/articles/before-the-edit')).statusCode).toBe(404)
  })

  it("returns 403 when editing or deleting someone else's article, and 404 when it doesn't exist", async () => {
    const article = await createArticle(app, alice.token)
    const edit = await app.inject({
      method: 'PUT',
      url: `/api/articles/${article.slug}`,
      headers: auth(bob.token),
      payload: { article: { title: 'mine now' } },
    })
    expect(edit.statusCode).toBe(403)
    expect(edit.json()).toEqual({ errors: { article: ['is not yours'] } })
    const remove = await app.inject({
      method: 'DELETE',
      url: `/api/articles/${article.slug}`,
      headers: auth(bob.token),
    })
    expect(remove.statusCode).toBe(403)
    expect((await get(`/api/articles/${article.slug}`)).json().article.title).toBe(article.title)
    const missing = await app.inject({
      method: 'DELETE',
      url: '/api/articles/nope',
      headers: auth(bob.token),
    })
    expect(missing.statusCode).toBe(404)
  })

  it('deletes an article with its comments and favorites', async () => {
    const article = await createArticle(app, alice.token, { tagList: ['gone'] })
    await app.inject({
      method: 'POST',
      url: `/api/articles/${article.slug}/favorite`,
      headers: auth(bob.token),
    })
    await app.inject({
      method: 'POST',
      url: `/api/articles/${article.slug}/comments`,
      headers: auth(bob.token),
      payload: { comment: { body: 'hi' } },
    })
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/articles/${article.slug}`,
      headers: auth(alice.token),
    })
    expect(response.statusCode).toBe(204)
    expect(response.body).toBe('')
    expect((await get(`/api/articles/${article.slug}`)).statusCode).toBe(404)
    expect(
      (await get(`/api/articles?favorited=${bob.username}`))
        .json()
        .articles.map((a: { slug: string }) => a.slug),
    ).not.toContain(article.slug)
  })
})

describe('favorites', () => {
  it('favorites once however often asked, and unfavorites', async () => {
    const article = await createArticle(app, alice.token)
    const url = `/api/articles/${article.slug}/favorite`
    for (let i = 0; i < 2; i++) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { ...auth(bob.token), 'content-type': 'application/json' },
      })
      expect(response.statusCode).toBe(200)
      expect(response.json().article).toMatchObject({ favorited: true, favoritesCount: 1 })
    }
    const seenByAlice = (await get(`/api/articles/${article.slug}`, alice.token)).json().article
    expect(seenByAlice).toMatchObject({ favorited: false, favoritesCount: 1 })
    const removed = await app.inject({ method: 'DELETE', url, headers: auth(bob.token) })
    expect(removed.json().article).toMatchObject({ favorited: false, favoritesCount: 0 })
    expect(
      (await app.inject({ method: 'DELETE', url, headers: auth(bob.token) })).json().article.favoritesCount,
    ).toBe(0)
  })

  it('404s for an unknown article and 401s anonymously', async () => {
    expect(
      (await app.inject({ method: 'POST', url: '/api/articles/nope/favorite', headers: auth(bob.token) }))
        .statusCode,
    ).toBe(404)
    expect((await app.inject({ method: 'POST', url: '/api/articles/nope/favorite' })).statusCode).toBe(401)
  })
})

describe('GET /api/tags', () => {
  it('lists tags in use, the most used first', async () => {
    const writer = await registerUser(app)
    for (let i = 0; i < 3; i++) await createArticle(app, writer.token, { tagList: ['zz-popular'] })
    await createArticle(app, writer.token, { tagList: ['zz-rare'] })
    const { tags } = (await get('/api/tags')).json()
    expect(tags.indexOf('zz-popular')).toBeGreaterThanOrEqual(0)
    expect(tags.indexOf('zz-popular')).toBeLessThan(tags.indexOf('zz-rare'))
    expect(new Set(tags).size).toBe(tags.length)
  })
})
