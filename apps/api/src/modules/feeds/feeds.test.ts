import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { createArticle, registerUser, type TestUser } from '../../../test/factories'

const APP_URL = 'https://conduit.example'

let app: TestApp
let alice: TestUser
let bob: TestUser
beforeAll(async () => {
  app = await buildTestApp({ env: { APP_URL: `${APP_URL}/` } })
  alice = await registerUser(app)
  bob = await registerUser(app)
})
afterAll(() => app.close())

type Entry = {
  id: string
  title: string | { '#text': string }
  updated: string
  link: { '@_href': string } | { '@_href': string }[]
  content: { '#text': string; '@_type': string }
  author: { name: string }
}
type AtomFeed = { feed: { id: string; title: string; updated: string; entry?: Entry | Entry[] } }

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' })

async function fetchFeed(query: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await app.inject({ url: '/api/feeds/articles.atom', query, headers })
  return response
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = parser.parse(xml) as AtomFeed
  return { feed: doc.feed, entries: (doc.feed.entry ?? []) as Entry[] }
}

const text = (value: string | { '#text': string }) => (typeof value === 'string' ? value : value['#text'])

describe('GET /api/feeds/articles.atom', () => {
  it('serves the latest articles as Atom 1.0 with the required elements', async () => {
    const article = await createArticle(app, alice.token, { title: 'Feeds & <friends>', tagList: ['atom'] })
    const response = await fetchFeed()
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    const { feed, entries } = parse(response.body)
    expect(feed.id).toBe(`${APP_URL}/feed.atom`)
    expect(feed.title).toBeTruthy()
    expect(Date.parse(feed.updated)).not.toBeNaN()
    const entry = entries.find((candidate) => candidate.id === `${APP_URL}/article/${article.slug}`)
    expect(entry).toBeDefined()
    if (!entry) return
    // The title is typed html, so its markup characters arrive escaped, as text.
    expect(text(entry.title)).toBe('Feeds &amp; &lt;friends&gt;')
    expect(Date.parse(entry.updated)).not.toBeNaN()
    const links = Array.isArray(entry.link) ? entry.link : [entry.link]
    expect(links[0]?.['@_href']).toBe(`${APP_URL}/article/${article.slug}`)
    expect(entry.content['@_type']).toBe('html')
    expect(entry.content['#text']).toContain('<h1>Hello</h1>')
    expect(entry.author.name).toBe(alice.username)
  })

  it('renders markdown without raw HTML or script links', async () => {
    const tag = `safe${Date.now()}`
    await createArticle(app, alice.token, {
      tagList: [tag],
      body: '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) **bold** ]]> ]]>',
    })
    const { entries } = parse((await fetchFeed({ tag })).body)
    const content = entries[0]?.content['#text'] ?? ''
    expect(content).toContain('<strong>bold</strong>')
    expect(content).not.toMatch(/<script|<img|href="javascript:/i)
    expect(content).toContain('&lt;script&gt;')
  })

  it('filters by tag and by author, 20 entries at most', async () => {
    const tag = `only${Date.now()}`
    const tagged = await createArticle(app, bob.token, { tagList: [tag] })
    const byTag = parse((await fetchFeed({ tag })).body)
    expect(byTag.feed.id).toBe(`${APP_URL}/tag/${tag}/feed.atom`)
    expect(byTag.entries.map((entry) => entry.id)).toEqual([`${APP_URL}/article/${tagged.slug}`])

    const carol = await registerUser(app)
    for (let i = 0; i < 22; i++) await createArticle(app, carol.token, { title: `Carol ${i}` })
    const byAuthor = parse((await fetchFeed({ author: carol.username })).body)
    expect(byAuthor.feed.id).toBe(`${APP_URL}/profile/${carol.username}/feed.atom`)
    expect(byAuthor.entries).toHaveLength(20)
    expect(byAuthor.entries.every((entry) => entry.author.name === carol.username)).toBe(true)
    expect(text(byAuthor.entries[0]?.title ?? '')).toBe('Carol 21')
  })

  it('answers 304 to a matching If-None-Match or If-Modified-Since, and 200 after a change', async () => {
    const dave = await registerUser(app)
    await createArticle(app, dave.token)
    const first = await fetchFeed({ author: dave.username })
    const etag = String(first.headers.etag)
    const lastModified = String(first.headers['last-modified'])
    expect(etag).toMatch(/^"[\w-]+"$/)

    const cached = await fetchFeed({ author: dave.username }, { 'if-none-match': etag })
    expect(cached.statusCode).toBe(304)
    expect(cached.body).toBe('')
    expect(cached.headers.etag).toBe(etag)
    const since = await fetchFeed({ author: dave.username }, { 'if-modified-since': lastModified })
    expect(since.statusCode).toBe(304)

    await createArticle(app, dave.token)
    const changed = await fetchFeed({ author: dave.username }, { 'if-none-match': etag })
    expect(changed.statusCode).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
  })

  it('serves an empty, valid feed for an unknown author and 422s an oversized filter', async () => {
    const { entries } = parse((await fetchFeed({ author: 'nobody-here' })).body)
    expect(entries).toEqual([])
    const response = await fetchFeed({ tag: 'x'.repeat(101) })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toEqual({ errors: { tag: [expect.any(String)] } })
  })

  it('keeps the XML well-formed whatever the article text holds', async () => {
    const tag = `xml${Date.now()}`
    await createArticle(app, alice.token, {
      title: 'Bell \u0007 and ]]> end',
      description: 'quote " and <tag>',
      body: 'text \u0001 with ]]> inside `]]>`',
      tagList: [tag, 'a<b"c'],
    })
    const response = await fetchFeed({ tag })
    expect(response.statusCode).toBe(200)
    expect(parse(response.body).entries).toHaveLength(1)
  })
})
