import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReplica, buildTestAppWithDb, type TestApp, testDialect } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'
import { createContentChanges } from '../../db/content-changes'
import type { Db } from '../../db/database'
import { timestamp } from '../../lib/clock'
import { createArticleSearchRepository } from './article-search.repository'

type Result = {
  slug: string
  title: string
  highlight?: { text: string; marks: [number, number][] }
}
type Page = { articles: Result[]; articlesCount: number }

let app: TestApp
/** A second API on the same database, as another replica would be, with a search cache of its own. */
let replica: TestApp
let db: Db
let alice: TestUser
let bob: TestUser
beforeAll(async () => {
  // Alice writes more articles here than a new account may in an hour (decision 017); search is the subject.
  const built = await buildTestAppWithDb({ env: { SPAM_NEW_ACCOUNT_HOURS: '0' } })
  ;({ app, db } = built)
  replica = await buildReplica(built)
  alice = await registerUser(app)
  bob = await registerUser(app)
})
afterAll(() => app.close())

/** A word no other test uses, so each test sees only its own articles. */
let counter = 0
const unique = (stem: string) => `${stem}${Date.now().toString(36)}x${(counter++).toString(36)}`

async function search(query: Record<string, string | number>, token?: string, target = app) {
  const response = await target.inject({
    url: '/api/articles',
    query: Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    headers: token ? auth(token) : {},
  })
  expect(response.statusCode, response.body).toBe(200)
  return response.json() as Page
}
const slugs = (page: Page) => page.articles.map((article) => article.slug)

describe('GET /api/articles?q=', () => {
  it('ranks a title match above a body match, and the newer of two equal matches first', async () => {
    const word = unique('zebra')
    const inTitle = await createArticle(app, alice.token, {
      title: `All about ${word}`,
      body: 'Nothing here.',
    })
    const inBody = await createArticle(app, alice.token, {
      title: 'Something else',
      body: `A long body that mentions ${word} once, among many other words of text.`,
    })
    const inBodyToo = await createArticle(app, alice.token, {
      title: 'Something else',
      body: `A long body that mentions ${word} once, among many other words of text.`,
    })
    const page = await search({ q: word })
    expect(slugs(page)).toEqual([inTitle.slug, inBodyToo.slug, inBody.slug])
    expect(page.articlesCount).toBe(3)
  })

  it('needs every word, in any order and case, and ignores accents', async () => {
    const word = unique('crème')
    const both = await createArticle(app, alice.token, { title: `${word} brûlée recipe` })
    await createArticle(app, alice.token, { title: `${word} only` })
    const page = await search({ q: `RECIPE ${word.replace('è', 'e')} brulee` })
    expect(slugs(page)).toEqual([both.slug])
  })

  it('finds articles by tag name and description', async () => {
    const tag = unique('tagged')
    const byTag = await createArticle(app, alice.token, { tagList: [tag] })
    const byDescription = await createArticle(app, alice.token, { description: `About ${tag} and more` })
    const page = await search({ q: tag })
    expect(slugs(page).sort()).toEqual([byTag.slug, byDescription.slug].sort())
  })

  it('combines with author, tag and favorited filters, counting only what matches all', async () => {
    const word = unique('filter')
    const tag = unique('t')
    const aliceTagged = await createArticle(app, alice.token, { title: word, tagList: [tag] })
    const aliceUntagged = await createArticle(app, alice.token, { title: word })
    const bobTagged = await createArticle(app, bob.token, { title: word, tagList: [tag] })
    await app.inject({
      method: 'POST',
      url: `/api/articles/${bobTagged.slug}/favorite`,
      headers: auth(alice.token),
    })

    const byAuthor = await search({ q: word, author: alice.username })
    expect(slugs(byAuthor).sort()).toEqual([aliceTagged.slug, aliceUntagged.slug].sort())
    expect(byAuthor.articlesCount).toBe(2)

    const byTag = await search({ q: word, tag })
    expect(slugs(byTag).sort()).toEqual([aliceTagged.slug, bobTagged.slug].sort())
    expect(byTag.articlesCount).toBe(2)

    const both = await search({ q: word, tag, author: bob.username }, alice.token)
    expect(slugs(both)).toEqual([bobTagged.slug])
    expect(both.articlesCount).toBe(1)

    const favorited = await search({ q: word, favorited: alice.username })
    expect(slugs(favorited)).toEqual([bobTagged.slug])
    expect(favorited.articlesCount).toBe(1)
  })

  it('filters by the exact tag, whatever characters or words it has', async () => {
    const word = unique('tagged')
    const stem = unique('t')
    const tags = [`${stem}-native`, `native ${stem}`, `${stem}++`, '+++', `Ünï ${stem}`, `${stem}`]
    const bySlug = new Map<string, string>()
    for (const tag of tags) {
      const article = await createArticle(app, alice.token, {
        title: `${word} ${tags.indexOf(tag)}`,
        tagList: [tag],
      })
      bySlug.set(tag, article.slug)
    }
    for (const tag of tags) {
      const page = await search({ q: word, tag })
      expect(slugs(page), tag).toEqual([bySlug.get(tag)])
      expect(page.articlesCount, tag).toBe(1)
    }
  })

  it('pages with limit and offset while articlesCount counts every match', async () => {
    const word = unique('paged')
    for (let i = 0; i < 5; i++) await createArticle(app, alice.token, { title: `${word} number ${i}` })
    const first = await search({ q: word, limit: 2, offset: 0 })
    const rest = await search({ q: word, limit: 2, offset: 2 })
    const last = await search({ q: word, limit: 2, offset: 4 })
    expect([first.articlesCount, rest.articlesCount, last.articlesCount]).toEqual([5, 5, 5])
    expect([first.articles.length, rest.articles.length, last.articles.length]).toEqual([2, 2, 1])
    expect(new Set([...slugs(first), ...slugs(rest), ...slugs(last)]).size).toBe(5)
  })

  it('marks the matched words in a plain-text highlight, and plain lists carry none', async () => {
    const word = unique('marked')
    await createArticle(app, alice.token, { title: `<b>Bold</b> ${word} title` })
    const [result] = (await search({ q: word })).articles
    const highlight = result?.highlight
    expect(highlight?.text).toBe(`<b>Bold</b> ${word} title`)
    expect(highlight?.marks.map(([start, end]) => highlight.text.slice(start, end))).toEqual([word])
    const plain = await search({ author: alice.username, limit: 1 })
    expect(plain.articles[0]).not.toHaveProperty('highlight')
  })

  it('follows create, update, tag changes and delete in the index', async () => {
    const before = unique('before')
    const after = unique('after')
    const tag = unique('tag')
    const article = await createArticle(app, alice.token, { title: `Titled ${before}` })
    expect(slugs(await search({ q: before }))).toEqual([article.slug])

    const updated = await app.inject({
      method: 'PUT',
      url: `/api/articles/${article.slug}`,
      headers: auth(alice.token),
      payload: { article: { title: `Titled ${after}`, tagList: [tag] } },
    })
    const { slug } = updated.json().article
    expect((await search({ q: before })).articlesCount).toBe(0)
    expect(slugs(await search({ q: after }))).toEqual([slug])
    expect(slugs(await search({ q: tag }))).toEqual([slug])

    await app.inject({
      method: 'PUT',
      url: `/api/articles/${slug}`,
      headers: auth(alice.token),
      payload: { article: { tagList: [] } },
    })
    expect((await search({ q: tag })).articlesCount).toBe(0)
    expect(slugs(await search({ q: after }))).toEqual([slug])

    await app.inject({ method: 'DELETE', url: `/api/articles/${slug}`, headers: auth(alice.token) })
    const gone = await search({ q: after })
    expect(gone).toEqual({ articles: [], articlesCount: 0 })
  })

  it('treats an empty, blank or wordless q as no q', async () => {
    const plain = await search({ limit: 3 })
    for (const q of ['', '   ', '"*"-:()']) {
      const page = await search({ q, limit: 3 })
      expect(page.articlesCount).toBe(plain.articlesCount)
      expect(slugs(page)).toEqual(slugs(plain))
    }
  })

  it('matches engine syntax literally as words', async () => {
    const word = unique('literal')
    const article = await createArticle(app, alice.token, { title: `${word} NEAR OR AND title` })
    for (const q of [
      `"${word}`,
      `${word}*`,
      `title:${word}`,
      `NEAR(${word} OR)`,
      `-${word}`,
      `${word} AND`,
    ]) {
      expect(slugs(await search({ q })), q).toEqual([article.slug])
    }
  })

  it('answers 422 in the envelope for a q over 200 characters', async () => {
    const response = await app.inject({ url: '/api/articles', query: { q: 'x'.repeat(201) } })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toEqual({ errors: { q: [expect.any(String)] } })
  })

  it('never answers 5xx to hostile queries, and a 4xx always carries the envelope', async () => {
    await createArticle(app, alice.token, { title: 'Seed for hostile queries', tagList: ['seed'] })
    const hostile = fc.oneof(
      fc.constantFrom(
        '"',
        '""',
        "'",
        '*',
        'NEAR',
        'NEAR(a b, 2)',
        'a OR b AND NOT c',
        '-a',
        'title:a',
        '^a',
        '(a',
        'a)',
        '{a b}:c',
        '\u0000',
        'a\u0000b',
        "'; drop table articles; --",
        '!a & b | c:*',
        '\ud800',
        '%',
        '_',
        '\\',
      ),
      fc.string({ unit: 'binary', maxLength: 220 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
    )
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(undefined, 'seed'), async (q, tag) => {
        const response = await app.inject({ url: '/api/articles', query: { q, ...(tag ? { tag } : {}) } })
        expect(response.statusCode).toBeLessThan(500)
        if (response.statusCode >= 400) expect(Object.keys(response.json().errors ?? {})).not.toHaveLength(0)
        else expect(response.json()).toHaveProperty('articlesCount')
      }),
      { numRuns: 100 },
    )
  }, 90_000)
})

describe('ranking window', () => {
  it('ranks the newest matches by relevance, then lists older ones newest first, each exactly once', async () => {
    const word = unique('window')
    const created: string[] = []
    // Oldest first: a title match among the old ones must not jump ahead of the ranked window.
    for (let i = 0; i < 6; i++) {
      const inTitle = i === 1 || i === 4
      const article = await createArticle(app, alice.token, {
        title: inTitle ? `${word} in the title ${i}` : `Plain ${i}`,
        body: inTitle ? 'Nothing.' : `Mentions ${word} in a long enough body of text ${i}.`,
      })
      created.push(article.slug)
    }
    const [a0, a1, a2, a3, a4, a5] = created
    const search = createArticleSearchRepository(db, testDialect, { rankedWindow: 3 })
    const words = [word.toLowerCase()]
    const find = async (limit: number, offset: number) => {
      const { ids, count } = await search.find(words, {}, limit, offset)
      return { slugs: (await search.views(ids, null)).map((view) => view.slug), count }
    }
    // Window: a5, a4, a3 (a4 ranks first: title match); then a2, a1, a0 by recency.
    expect(await find(6, 0)).toEqual({ slugs: [a4, a5, a3, a2, a1, a0], count: 6 })
    const pages = [await find(2, 0), await find(2, 2), await find(2, 4), await find(4, 1), await find(3, 5)]
    expect(pages.map((page) => page.slugs)).toEqual([[a4, a5], [a3, a2], [a1, a0], [a5, a3, a2, a1], [a0]])
    expect(pages.map((page) => page.count)).toEqual([6, 6, 6, 6, 6])
    expect(await find(2, 6)).toEqual({ slugs: [], count: 6 })
    expect(await find(2, 9)).toEqual({ slugs: [], count: 6 })
    // Fewer matches than the window holds: counted with the ranking, or on their own past the end.
    const wide = createArticleSearchRepository(db, testDialect, { rankedWindow: 10 })
    expect(await wide.find(words, {}, 4, 0)).toMatchObject({ count: 6 })
    expect(await wide.find(words, {}, 4, 4)).toMatchObject({ count: 6 })
    expect(await wide.find(words, {}, 4, 6)).toEqual({ ids: [], count: 6 })
    expect(await wide.find(words, {}, 6, 0)).toMatchObject({ count: 6 })
  })
})

describe('index rows written at the end of a group-commit batch', () => {
  // Batches are SQLite's (decision 020); on PostgreSQL each write is its own transaction and indexes at once.
  it.skipIf(testDialect !== 'sqlite')(
    'follow the last write of the batch to touch the article: deleted, edited, or written alone',
    async () => {
      const changes = createContentChanges({ db, dialect: testDialect })
      const search = createArticleSearchRepository(db, testDialect)
      const words = { deleted: unique('gone'), edited: unique('edited'), kept: unique('kept') }
      const drafts = await Promise.all(
        Object.values(words).map((word) =>
          createArticle(app, alice.token, { title: `Batch ${word}`, published: false }),
        ),
      )
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'title'])
        .where(
          'slug',
          'in',
          drafts.map((draft) => draft.slug),
        )
        .orderBy('id')
        .execute()
      const [deleted, edited, kept] = rows.map((row) => row.id) as [number, number, number]
      const renamed = unique('renamed')
      const found = async (word: string) => (await search.find([word.toLowerCase()], {}, 10, 0)).ids
      // Arriving together, these share one transaction: the first write's index rows are written after both.
      await Promise.all([
        changes.transaction(async (tx) => {
          for (const row of rows) {
            await tx
              .updateTable('articles')
              .set({ published: 1, publishedAt: timestamp() })
              .where('id', '=', row.id)
              .execute()
            await search.indexNew(tx, row.id, { title: row.title, description: '', body: '', tags: '' })
          }
        }),
        changes.transaction(async (tx) => {
          await tx.deleteFrom('articles').where('id', '=', deleted).execute()
          await tx
            .updateTable('articles')
            .set({ title: `Batch ${renamed}` })
            .where('id', '=', edited)
            .execute()
          await search.reindex(tx, edited)
        }),
      ])
      expect(await found(words.kept)).toEqual([kept])
      expect(await found(renamed)).toEqual([edited])
      expect(await found(words.edited)).toEqual([])
      expect(await found(words.deleted)).toEqual([])
      // Not even an unreachable row is left for the deleted article.
      if (testDialect === 'sqlite') {
        const left = await sql<{
          n: number
        }>`select count(*) as n from article_search where rowid = ${deleted}`.execute(db)
        expect(left.rows[0]?.n).toBe(0)
      }
      await changes.close()
    },
  )
})

describe('search cache', () => {
  it('never shows an article after it is unpublished, edited away or deleted, and shows it once republished', async () => {
    const word = unique('cached')
    const other = unique('other')
    const article = await createArticle(app, alice.token, { title: `Cached ${word}` })
    const put = (slug: string, change: Record<string, unknown>) =>
      app.inject({
        method: 'PUT',
        url: `/api/articles/${slug}`,
        headers: auth(alice.token),
        payload: { article: change },
      })
    // Twice: the second answer comes from the cache.
    expect(slugs(await search({ q: word }))).toEqual([article.slug])
    expect(slugs(await search({ q: word }))).toEqual([article.slug])

    expect((await put(article.slug, { published: false })).statusCode).toBe(200)
    expect(await search({ q: word })).toEqual({ articles: [], articlesCount: 0 })
    expect((await put(article.slug, { published: true })).statusCode).toBe(200)
    expect(slugs(await search({ q: word }))).toEqual([article.slug])

    const edited = (await put(article.slug, { title: `Cached ${other}` })).json().article
    expect(await search({ q: word })).toEqual({ articles: [], articlesCount: 0 })
    expect(slugs(await search({ q: other }))).toEqual([edited.slug])

    await app.inject({ method: 'DELETE', url: `/api/articles/${edited.slug}`, headers: auth(alice.token) })
    expect(await search({ q: other })).toEqual({ articles: [], articlesCount: 0 })
  })

  it('shows a new match and a new favourite at once, and each viewer their own favorited flag', async () => {
    const word = unique('fresh')
    const first = await createArticle(app, bob.token, { title: `First ${word}` })
    expect((await search({ q: word })).articlesCount).toBe(1)
    expect((await search({ q: word, favorited: alice.username })).articlesCount).toBe(0)

    const second = await createArticle(app, bob.token, { title: `Second ${word}` })
    const both = await search({ q: word })
    expect(both.articlesCount).toBe(2)
    expect(slugs(both)).toContain(second.slug)

    await app.inject({
      method: 'POST',
      url: `/api/articles/${first.slug}/favorite`,
      headers: auth(alice.token),
    })
    expect(slugs(await search({ q: word, favorited: alice.username }))).toEqual([first.slug])
    const favorited = async (token?: string) =>
      (
        (await search({ q: word, favorited: alice.username }, token)).articles[0] as unknown as {
          favorited: boolean
        }
      ).favorited
    expect(await favorited(alice.token)).toBe(true)
    expect(await favorited(bob.token)).toBe(false)
    expect(await favorited()).toBe(false)
  })

  it("drops another replica's cached searches when a write happens here", async () => {
    const word = unique('replica')
    const article = await createArticle(app, alice.token, { title: `Replicated ${word}` })
    expect(slugs(await search({ q: word }, undefined, replica))).toEqual([article.slug])
    expect(slugs(await search({ q: word }, undefined, replica))).toEqual([article.slug])
    await app.inject({ method: 'DELETE', url: `/api/articles/${article.slug}`, headers: auth(alice.token) })
    // PostgreSQL delivers the change to the replica at commit, through its listener: give it a moment.
    await expect
      .poll(async () => (await search({ q: word }, undefined, replica)).articlesCount, { timeout: 5000 })
      .toBe(0)
    expect(await search({ q: word }, undefined, replica)).toEqual({ articles: [], articlesCount: 0 })
  })
})
