import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReplica, buildTestAppWithDb, type TestApp } from '../../../test/build-test-app'
import { auth, createArticle, registerUser, type TestUser } from '../../../test/factories'
import { setRole } from '../../../test/staff'

let app: TestApp
/** A second API on the same database, as another replica would be, with a page cache of its own. */
let replica: TestApp
let moderator: TestUser
let author: TestUser
let reader: TestUser

beforeAll(async () => {
  const built = await buildTestAppWithDb()
  app = built.app
  replica = await buildReplica(built)
  moderator = await registerUser(app)
  author = await registerUser(app)
  reader = await registerUser(app)
  await setRole(built.db, moderator.username, 'moderator')
})
afterAll(() => app.close())

const get = async (target: TestApp, url: string, token?: string) =>
  target.inject({ url, headers: token ? auth(token) : {} })
const json = async (target: TestApp, url: string, token?: string) => {
  const response = await get(target, url, token)
  expect(response.statusCode, url).toBe(200)
  return response.json()
}
const act = (method: 'POST' | 'DELETE', url: string, token = moderator.token, payload?: object) =>
  app.inject({ method, url, headers: auth(token), ...(payload ? { payload } : {}) })

/** Everything a reader sees of the author and the tag, read on both replicas (each with its page cache). */
async function readerViews(tag: string, slug: string) {
  const views = []
  for (const target of [app, replica]) {
    views.push({
      all: await json(target, '/api/articles?limit=100'),
      byAuthor: await json(target, `/api/articles?author=${author.username}`),
      byTag: await json(target, `/api/articles?tag=${tag}`),
      feed: await json(target, '/api/articles/feed', reader.token),
      favorited: await json(target, `/api/articles?favorited=${reader.username}`),
      search: await json(target, `/api/articles?q=${tag}`),
      tags: (await json(target, '/api/tags')).tags as string[],
      read: (await get(target, `/api/articles/${slug}`)).statusCode,
      readAsReader: (await get(target, `/api/articles/${slug}`, reader.token)).statusCode,
    })
  }
  return views
}

describe('hiding an article', () => {
  it('takes it out of every list, count, feed, tag, search and read, and restoring brings it back as it was', async () => {
    const tag = `hid${Date.now().toString(36)}`
    await act('POST', `/api/profiles/${author.username}/follow`, reader.token)
    const article = await createArticle(app, author.token, { tagList: [tag], title: `About ${tag}` })
    await act('POST', `/api/articles/${article.slug}/favorite`, reader.token)
    const before = await readerViews(tag, article.slug)
    const [{ all: allBefore, feed: feedBefore }] = before as [(typeof before)[number]]
    for (const view of before) {
      expect(view.byAuthor.articlesCount).toBe(1)
      expect(view.byTag.articlesCount).toBe(1)
      expect(view.feed.articles.map((a: { slug: string }) => a.slug)).toContain(article.slug)
      expect(view.search.articlesCount).toBe(1)
      expect(view.tags).toContain(tag)
      expect(view.read).toBe(200)
    }

    const hidden = await act('POST', `/api/admin/articles/${article.slug}/hide`, moderator.token, {
      reason: 'spam',
    })
    expect(hidden.statusCode).toBe(200)
    expect(hidden.json().article).toMatchObject({ slug: article.slug, hidden: true, favoritesCount: 1 })

    for (const view of await readerViews(tag, article.slug)) {
      expect(view.all.articlesCount).toBe(allBefore.articlesCount - 1)
      expect(view.all.articles.map((a: { slug: string }) => a.slug)).not.toContain(article.slug)
      expect(view.byAuthor).toEqual({ articles: [], articlesCount: 0 })
      expect(view.byTag).toEqual({ articles: [], articlesCount: 0 })
      expect(view.feed.articles.map((a: { slug: string }) => a.slug)).not.toContain(article.slug)
      expect(view.feed.articlesCount).toBe(feedBefore.articlesCount - 1)
      expect(view.favorited.articles).toEqual([])
      expect(view.search.articlesCount).toBe(0)
      expect(view.tags).not.toContain(tag)
      expect(view.read).toBe(404)
      expect(view.readAsReader).toBe(404)
    }
    // Its author and moderators still read it, marked hidden, and never from a shared cache.
    for (const target of [app, replica]) {
      for (const token of [author.token, moderator.token]) {
        const response = await get(target, `/api/articles/${article.slug}`, token)
        expect(response.statusCode).toBe(200)
        expect(response.json().article).toMatchObject({ hidden: true, favoritesCount: 1 })
        expect(response.headers['cache-control']).toBe('private, no-store')
      }
    }
    // Nobody else can act on it, and its author cannot list it again by publishing.
    expect((await act('POST', `/api/articles/${article.slug}/favorite`, moderator.token)).statusCode).toBe(
      200,
    )
    expect((await act('DELETE', `/api/articles/${article.slug}/favorite`, moderator.token)).statusCode).toBe(
      200,
    )
    expect((await get(app, `/api/articles/${article.slug}/comments`, reader.token)).statusCode).toBe(404)
    const republished = await app.inject({
      method: 'PUT',
      url: `/api/articles/${article.slug}`,
      headers: auth(author.token),
      payload: { article: { published: true } },
    })
    expect(republished.json().article.hidden).toBe(true)
    expect((await json(replica, `/api/articles?author=${author.username}`)).articlesCount).toBe(0)

    const restored = await act('POST', `/api/admin/articles/${article.slug}/restore`)
    expect(restored.json().article).toMatchObject({ hidden: false, favoritesCount: 1 })
    const after = await readerViews(tag, article.slug)
    for (const view of after) {
      expect(view.all.articlesCount).toBe(allBefore.articlesCount)
      expect(view.byAuthor.articlesCount).toBe(1)
      expect(view.byTag.articlesCount).toBe(1)
      expect(view.favorited.articles.map((a: { slug: string }) => a.slug)).toEqual([article.slug])
      expect(view.search.articlesCount).toBe(1)
      expect(view.tags).toContain(tag)
      expect(view.read).toBe(200)
    }
    expect((await json(replica, `/api/articles/${article.slug}`, reader.token)).article).toMatchObject({
      hidden: false,
      favorited: true,
      favoritesCount: 1,
    })
  })

  it('answers 404 for an unknown article and keeps a draft a draft', async () => {
    expect((await act('POST', '/api/admin/articles/no-such-article/hide')).statusCode).toBe(404)
    expect((await act('DELETE', '/api/admin/articles/no-such-article')).statusCode).toBe(404)
    const draft = await createArticle(app, author.token, { published: false })
    await act('POST', `/api/admin/articles/${draft.slug}/hide`)
    await act('POST', `/api/admin/articles/${draft.slug}/restore`)
    const read = await json(app, `/api/articles/${draft.slug}`, author.token)
    expect(read.article).toMatchObject({ published: false, hidden: false })
    expect((await get(app, `/api/articles/${draft.slug}`)).statusCode).toBe(404)
  })

  it('resolves the open reports on the target and deletes with every counter kept right', async () => {
    const tag = `del${Date.now().toString(36)}`
    const article = await createArticle(app, author.token, { tagList: [tag] })
    await act('POST', '/api/reports', reader.token, { report: { article: article.slug, reason: 'spam' } })
    const totalBefore = (await json(replica, '/api/articles')).articlesCount
    expect((await act('DELETE', `/api/admin/articles/${article.slug}`)).statusCode).toBe(204)
    expect((await get(replica, `/api/articles/${article.slug}`, author.token)).statusCode).toBe(404)
    expect((await json(replica, '/api/articles')).articlesCount).toBe(totalBefore - 1)
    expect((await json(replica, `/api/articles?tag=${tag}`)).articlesCount).toBe(0)
    expect((await json(replica, '/api/tags')).tags).not.toContain(tag)
    const resolved = (await json(app, '/api/admin/reports?status=resolved&limit=100', moderator.token))
      .reportGroups
    expect(resolved.find((g: { ref: string }) => g.ref === article.slug)).toMatchObject({
      article: null,
      status: 'resolved',
    })
    const open = (await json(app, '/api/admin/reports?limit=100', moderator.token)).reportGroups
    expect(open.find((g: { ref: string }) => g.ref === article.slug)).toBeUndefined()
    const [entry] = (await json(app, '/api/admin/audit?limit=1', moderator.token)).auditEntries
    expect(entry).toMatchObject({ action: 'article.delete', target: 'article', ref: article.slug })
  })
})

describe('hiding a comment', () => {
  it('shows it only to its author and moderators, marked hidden; restore and delete work', async () => {
    const article = await createArticle(app, author.token)
    const url = `/api/articles/${article.slug}/comments`
    const posted = await app.inject({
      method: 'POST',
      url,
      headers: auth(reader.token),
      payload: { comment: { body: 'rude' } },
    })
    const { id } = posted.json().comment
    expect(posted.json().comment.hidden).toBe(false)
    await act('POST', '/api/reports', author.token, {
      report: { article: article.slug, comment: id, reason: 'harassment' },
    })

    const hidden = await act('POST', `/api/admin/comments/${id}/hide`)
    expect(hidden.statusCode).toBe(200)
    expect(hidden.json().comment).toMatchObject({ id, hidden: true, body: 'rude' })
    const bodies = async (token?: string) =>
      (await json(app, url, token)).comments.map((c: { id: number; hidden: boolean }) => [c.id, c.hidden])
    expect(await bodies()).toEqual([])
    expect(await bodies(author.token)).toEqual([])
    expect(await bodies(reader.token)).toEqual([[id, true]])
    expect(await bodies(moderator.token)).toEqual([[id, true]])
    // Hidden from the article's author: it cannot be reported or deleted by them, as if missing.
    expect((await act('DELETE', `${url}/${id}`, author.token)).statusCode).toBe(404)
    expect(
      (
        await act('POST', '/api/reports', author.token, {
          report: { article: article.slug, comment: id, reason: 'spam' },
        })
      ).statusCode,
    ).toBe(404)
    const group = (
      await json(app, '/api/admin/reports?status=resolved&limit=100', moderator.token)
    ).reportGroups.find(
      (g: { target: string; ref: string }) => g.target === 'comment' && g.ref === String(id),
    )
    expect(group).toMatchObject({
      comment: { id, hidden: true, author: reader.username, article: article.slug },
    })

    expect((await act('POST', `/api/admin/comments/${id}/restore`)).json().comment.hidden).toBe(false)
    expect(await bodies()).toEqual([[id, false]])
    expect((await act('DELETE', `/api/admin/comments/${id}`)).statusCode).toBe(204)
    expect(await bodies(reader.token)).toEqual([])
    expect((await act('POST', `/api/admin/comments/${id}/hide`)).statusCode).toBe(404)
    expect((await act('POST', '/api/admin/comments/abc/hide')).statusCode).toBe(422)
    const actions = (await json(app, '/api/admin/audit?limit=3', moderator.token)).auditEntries.map(
      (e: { action: string }) => e.action,
    )
    expect(actions).toEqual(['comment.delete', 'comment.restore', 'comment.hide'])
  })
})
