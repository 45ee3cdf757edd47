import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReplica, buildTestApp, buildTestAppWithDb, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'

/** Counts the statements an app runs: called for every result, prepared or raw statements included. */
function statementCounter() {
  let statements = 0
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements += 1
      return args.result
    },
  }
  return { plugin, statements: () => statements }
}

let app: TestApp
/** A second API on the same database, as another replica would be, with a page cache of its own. */
let replica: TestApp
let author: TestUser
let reader: TestUser

beforeAll(async () => {
  const built = await buildTestAppWithDb()
  app = built.app
  replica = await buildReplica(built)
  author = await registerUser(app)
  reader = await registerUser(app)
})
afterAll(() => app.close())

const read = async (target: TestApp, url: string, token?: string) => {
  const response = await target.inject({ url, headers: token ? auth(token) : {} })
  expect(response.statusCode).toBe(200)
  return response.json()
}
const write = (method: 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
  app.inject({ method, url, headers: auth(token), ...(payload ? { payload } : {}) })

describe('cached article reads', () => {
  it('serve the same bytes as an uncached read', async () => {
    const article = await createArticle(app, author.token)
    const first = await app.inject({ url: `/api/articles/${article.slug}` })
    const second = await app.inject({ url: `/api/articles/${article.slug}` })
    expect(second.body).toBe(first.body)
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8')
  })

  it('show every kind of write at once, on this replica and on another one', async () => {
    const article = await createArticle(app, author.token, { tagList: ['cached'] })
    const articleUrl = `/api/articles/${article.slug}`
    const byAuthor = `/api/articles?author=${author.username}`
    const views = async () => ({
      anonymous: (await read(replica, articleUrl)).article,
      asReader: (await read(replica, articleUrl, reader.token)).article,
      list: await read(replica, byAuthor, reader.token),
      feed: await read(replica, '/api/articles/feed', reader.token),
    })
    const before = await views()
    expect(before.asReader).toMatchObject({ favorited: false, author: { following: false } })
    expect(before.feed.articlesCount).toBe(0)

    await write('POST', `${articleUrl}/favorite`, reader.token)
    expect((await views()).asReader).toMatchObject({ favorited: true, favoritesCount: 1 })
    expect((await views()).anonymous).toMatchObject({ favorited: false, favoritesCount: 1 })

    await write('POST', `/api/profiles/${author.username}/follow`, reader.token)
    const following = await views()
    expect(following.asReader.author.following).toBe(true)
    expect(following.feed.articlesCount).toBeGreaterThan(0)

    await write('PUT', '/api/user', author.token, { user: { bio: 'now with a bio' } })
    expect((await views()).anonymous.author.bio).toBe('now with a bio')

    await write('PUT', articleUrl, author.token, { article: { body: 'edited body', tagList: ['recached'] } })
    expect((await views()).anonymous).toMatchObject({ body: 'edited body', tagList: ['recached'] })

    const countBefore = (await views()).list.articlesCount
    await createArticle(app, author.token)
    expect((await views()).list.articlesCount).toBe(countBefore + 1)

    await write('DELETE', `${articleUrl}/favorite`, reader.token)
    await write('DELETE', `/api/profiles/${author.username}/follow`, reader.token)
    expect((await views()).asReader).toMatchObject({ favorited: false, author: { following: false } })

    await write('DELETE', articleUrl, author.token)
    expect((await replica.inject({ url: articleUrl })).statusCode).toBe(404)
  })

  it('never serve a draft read by its author or by preview to anyone else, and follow publish and unpublish', async () => {
    const created = await write('POST', '/api/articles', author.token, {
      article: { title: `Cached draft ${Date.now()}`, description: 'd', body: 'b', published: false },
    })
    const { slug, previewToken } = created.json().article
    const url = `/api/articles/${slug}`
    const status = async (target: TestApp, path: string, token?: string) =>
      (await target.inject({ url: path, headers: token ? auth(token) : {} })).statusCode
    const byAuthor = `/api/articles?author=${author.username}`
    const countBefore = (await read(replica, byAuthor)).articlesCount

    for (const target of [app, replica]) {
      expect(await status(target, url, author.token)).toBe(200)
      expect(await status(target, `${url}?preview=${previewToken}`)).toBe(200)
      expect(await status(target, url)).toBe(404)
      expect(await status(target, url, reader.token)).toBe(404)
    }

    const published = await write('PUT', url, author.token, { article: { published: true } })
    const etag = published.headers.etag
    expect((await read(replica, byAuthor)).articlesCount).toBe(countBefore + 1)
    const cachedTwice = [await replica.inject({ url }), await replica.inject({ url })]
    for (const response of cachedTwice) {
      expect(response.statusCode).toBe(200)
      expect(response.headers.etag).toBe(etag)
      expect(response.headers['cache-control']).toBeUndefined()
    }

    await write('PUT', url, author.token, { article: { published: false } })
    expect(await status(replica, url)).toBe(404)
    expect(await status(replica, url, reader.token)).toBe(404)
    expect((await read(replica, byAuthor)).articlesCount).toBe(countBefore)

    // The author's cached read carries the preview token: rotating it must show at once.
    const before = (await read(replica, url, author.token)).article.previewToken
    const rotated = await write('POST', `${url}/preview-token`, author.token)
    expect((await read(replica, url, author.token)).article.previewToken).toBe(
      rotated.json().article.previewToken,
    )
    expect(before).not.toBe(rotated.json().article.previewToken)
  })
})

describe('a cache hit', () => {
  let counted: TestApp
  const counter = statementCounter()
  beforeAll(async () => {
    counted = await buildTestApp({ plugins: [counter.plugin] })
  })
  afterAll(() => counted?.close())

  it('is answered before the handler: no statement, the same bytes and every header', async () => {
    const user = await registerUser(counted)
    const article = await createArticle(counted, user.token)
    const headers = { ...auth(user.token), origin: 'https://elsewhere.example' }
    for (const url of [
      `/api/articles/${article.slug}`,
      '/api/articles?limit=5',
      '/api/articles/feed',
      '/api/user',
      `/api/profiles/${user.username}`,
    ]) {
      const miss = await counted.inject({ url, headers })
      expect(miss.statusCode, url).toBe(200)
      const before = counter.statements()
      const hit = await counted.inject({ url, headers })
      expect(counter.statements() - before, url).toBe(0)
      expect(hit.body, url).toBe(miss.body)
      const { date: _missDate, ...missHeaders } = miss.headers
      const { date: _hitDate, ...hitHeaders } = hit.headers
      expect(hitHeaders, url).toEqual(missHeaders)
      expect(hitHeaders['x-frame-options'], url).toBe('DENY')
      expect(hitHeaders['access-control-allow-origin'], url).toBe('*')
    }
  })

  it('answers HEAD without a body, and a bad request as before', async () => {
    const user = await registerUser(counted)
    await counted.inject({ url: '/api/user', headers: auth(user.token) })
    const head = await counted.inject({ method: 'HEAD', url: '/api/user', headers: auth(user.token) })
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
    expect((await counted.inject({ url: '/api/articles?limit=0' })).statusCode).toBe(422)
    expect((await counted.inject({ url: '/api/articles?limit=0' })).statusCode).toBe(422)
  })
})

describe('a full cache', () => {
  it('drops the oldest page first, but gives a page read since a second chance', async () => {
    const counter = statementCounter()
    // Anonymous profile pages of same-length usernames all cost the same: body, key (twice, UTF-16) and 256.
    const username = 'user_00000000'
    const body = JSON.stringify({ profile: { username, bio: '', image: null, following: false } })
    const pageSize = body.length + 2 * ` /api/profiles/${username}`.length + 256
    const small = await buildTestApp({
      plugins: [counter.plugin],
      env: { PAGE_CACHE_MB: String((3.5 * pageSize) / (1024 * 1024)) },
    })
    try {
      const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => registerUser(small)))
      const runs = async (user: TestUser | undefined) => {
        const before = counter.statements()
        const response = await small.inject({ url: `/api/profiles/${user?.username}` })
        expect(response.statusCode).toBe(200)
        return counter.statements() - before
      }
      for (const user of [a, b, c]) expect(await runs(user)).toBeGreaterThan(0)
      expect(await runs(a)).toBe(0)
      expect(await runs(d)).toBeGreaterThan(0)
      // b, the oldest page not read since, made room for d; a was read, so it stayed.
      expect(await runs(a)).toBe(0)
      expect(await runs(c)).toBe(0)
      expect(await runs(b)).toBeGreaterThan(0)
    } finally {
      await small.close()
    }
  })
})
