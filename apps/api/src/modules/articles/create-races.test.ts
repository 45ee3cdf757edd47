import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestAppWithDb, testDialect } from '../../../test/build-test-app'
import { auth, registerUser, type TestUser } from '../../../test/factories'

let built: Awaited<ReturnType<typeof buildTestAppWithDb>>
let author: TestUser
beforeAll(async () => {
  built = await buildTestAppWithDb()
  author = await registerUser(built.app)
})
afterAll(() => built.app.close())

const create = (title: string, tagList: string[]) =>
  built.app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: auth(author.token),
    payload: { article: { title, description: 'd', body: 'b', tagList } },
  })

describe('creating articles while other writers create the same tags', () => {
  // On PostgreSQL a new article is one statement with one snapshot (articles.insertWhole). A tag that
  // another transaction creates and commits while that statement waits on its name is invisible to the
  // snapshot: this is the race its second step exists for.
  it.skipIf(testDialect !== 'postgres')(
    'links and counts a tag another transaction created and committed while the write waited on it',
    async () => {
      const tag = `racy-${Date.now()}`
      let answer: Promise<Awaited<ReturnType<typeof create>>> | undefined
      await built.db.transaction().execute(async (tx) => {
        await sql`insert into tags (name) values (${tag})`.execute(tx)
        answer = create(`Racing for a tag ${tag}`, [tag])
        // Long enough for the write to reach the tag's name and wait on this transaction.
        await new Promise((resolve) => setTimeout(resolve, 300))
      })
      const created = await (answer as Promise<Awaited<ReturnType<typeof create>>>)
      expect(created.statusCode).toBe(201)
      expect(created.json().article.tagList).toEqual([tag])
      const listed = await built.app.inject({ url: `/api/articles?tag=${tag}` })
      expect(listed.json().articlesCount).toBe(1)
      expect(listed.json().articles[0].slug).toBe(created.json().article.slug)
    },
  )

  it('concurrent writers on the same new tags all link and count them', async () => {
    const tags = [`shared-${Date.now()}`, `also-${Date.now()}`]
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => create(`Concurrent ${i}`, tags)))
    expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 201))
    for (const tag of tags) {
      const listed = await built.app.inject({ url: `/api/articles?tag=${tag}&limit=20` })
      expect(listed.json().articlesCount).toBe(12)
      expect(listed.json().articles).toHaveLength(12)
    }
    const popular = (await built.app.inject({ url: '/api/tags' })).json().tags
    expect(popular).toEqual(expect.arrayContaining(tags))
  })
})
