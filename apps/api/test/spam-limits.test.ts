import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { createDatabase, type DatabaseHandle } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import {
  buildTestAppWithDb,
  openPrivateSchema,
  type TestApp,
  testConfig,
  testDialect,
} from './build-test-app'
import { auth, createArticle, registerUser } from './factories'

/** New accounts' article and comment limits (plugins/spam-limits.ts, docs/decisions/017). */

const limits = { SPAM_ARTICLES_PER_HOUR: '2', SPAM_COMMENTS_PER_HOUR: '3' }

const postArticle = (app: TestApp, token: string, title: string) =>
  app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: auth(token),
    payload: { article: { title, description: 'About it', body: 'Body' } },
  })

const postComment = (app: TestApp, token: string, slug: string, body: string) =>
  app.inject({
    method: 'POST',
    url: `/api/articles/${slug}/comments`,
    headers: auth(token),
    payload: { comment: { body } },
  })

async function articlesBy(app: TestApp, username: string): Promise<number> {
  const response = await app.inject({ method: 'GET', url: `/api/articles?author=${username}` })
  return response.json().articlesCount
}

async function commentsOn(app: TestApp, slug: string): Promise<number> {
  const response = await app.inject({ method: 'GET', url: `/api/articles/${slug}/comments` })
  return response.json().comments.length
}

describe('spam limits for new accounts', () => {
  it('refuses the article over the limit with 429 and retry-after, and stores nothing', async () => {
    const { app } = await buildTestAppWithDb({ env: limits })
    try {
      const writer = await registerUser(app)
      expect((await postArticle(app, writer.token, 'One')).statusCode).toBe(201)
      // An invalid post is refused before it is counted.
      const invalid = await app.inject({
        method: 'POST',
        url: '/api/articles',
        headers: auth(writer.token),
        payload: { article: { title: '' } },
      })
      expect(invalid.statusCode).toBe(422)
      expect((await postArticle(app, writer.token, 'Two')).statusCode).toBe(201)

      const refused = await postArticle(app, writer.token, 'Three')
      expect(refused.statusCode).toBe(429)
      expect(refused.json()).toEqual({ errors: { rate: ['too many articles, try again later'] } })
      const retryAfter = Number(refused.headers['retry-after'])
      expect(retryAfter).toBeGreaterThan(3500)
      expect(retryAfter).toBeLessThanOrEqual(3600)
      expect(await articlesBy(app, writer.username)).toBe(2)
      const profile = await app.inject({ method: 'GET', url: `/api/profiles/${writer.username}` })
      expect(profile.statusCode).toBe(200)

      // Another new account has its own count.
      const other = await registerUser(app)
      expect((await postArticle(app, other.token, 'Elsewhere')).statusCode).toBe(201)
    } finally {
      await app.close()
    }
  })

  it('refuses the comment over the limit with 429 and retry-after, and stores nothing', async () => {
    const { app } = await buildTestAppWithDb({ env: limits })
    try {
      const writer = await registerUser(app)
      const { slug } = await createArticle(app, writer.token)
      const commenter = await registerUser(app)
      for (const body of ['a', 'b', 'c']) {
        expect((await postComment(app, commenter.token, slug, body)).statusCode).toBe(200)
      }
      const refused = await postComment(app, commenter.token, slug, 'd')
      expect(refused.statusCode).toBe(429)
      expect(refused.json()).toEqual({ errors: { rate: ['too many comments, try again later'] } })
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500)
      expect(await commentsOn(app, slug)).toBe(3)
      // The article limit is a separate count: the writer's one article left it one more.
      expect((await postArticle(app, writer.token, 'Second')).statusCode).toBe(201)
    } finally {
      await app.close()
    }
  })

  it('does not limit an account older than SPAM_NEW_ACCOUNT_HOURS', async () => {
    const { app, db } = await buildTestAppWithDb({ env: { ...limits, SPAM_NEW_ACCOUNT_HOURS: '24' } })
    try {
      const veteran = await registerUser(app)
      const dayAndABitAgo = new Date(Date.now() - 24 * 3600_000 - 60_000).toISOString()
      await db
        .updateTable('users')
        .set({ createdAt: dayAndABitAgo })
        .where('username', '=', veteran.username)
        .execute()
      for (const title of ['One', 'Two', 'Three', 'Four']) {
        expect((await postArticle(app, veteran.token, title)).statusCode).toBe(201)
      }
      const { slug } = await createArticle(app, veteran.token)
      for (const body of ['a', 'b', 'c', 'd', 'e']) {
        expect((await postComment(app, veteran.token, slug, body)).statusCode).toBe(200)
      }
      expect(await articlesBy(app, veteran.username)).toBe(5)
    } finally {
      await app.close()
    }
  })

  it('takes 0 as off: for one limit, or for both through SPAM_NEW_ACCOUNT_HOURS', async () => {
    for (const env of [
      { SPAM_ARTICLES_PER_HOUR: '0', SPAM_COMMENTS_PER_HOUR: '0' },
      { ...limits, SPAM_NEW_ACCOUNT_HOURS: '0' },
    ]) {
      const { app } = await buildTestAppWithDb({ env })
      try {
        const writer = await registerUser(app)
        for (const title of ['One', 'Two', 'Three']) {
          expect((await postArticle(app, writer.token, title)).statusCode).toBe(201)
        }
        const { slug } = await createArticle(app, writer.token)
        for (const body of ['a', 'b', 'c', 'd']) {
          expect((await postComment(app, writer.token, slug, body)).statusCode).toBe(200)
        }
      } finally {
        await app.close()
      }
    }
  })

  it('defaults to 30 articles and 120 comments an hour for accounts younger than 24 hours', () => {
    expect(loadConfig({}).spamLimits).toEqual({
      newAccountHours: 24,
      articlesPerHour: 30,
      commentsPerHour: 120,
    })
    expect(() => loadConfig({ SPAM_ARTICLES_PER_HOUR: '-1' })).toThrow(/SPAM_ARTICLES_PER_HOUR/)
  })
})

/**
 * Two app instances on one database and one Redis count together, as replicas do. Runs when
 * TEST_REDIS_URL names a Redis.
 */
const redisUrl = process.env.TEST_REDIS_URL
describe.skipIf(!redisUrl)('spam limits across instances sharing Redis', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  /** Opens the same database twice: a SQLite file, or one private PostgreSQL schema. */
  async function sharedDatabase(): Promise<() => Promise<DatabaseHandle>> {
    if (testDialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'conduit-spam-'))
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
      return () => createDatabase(`sqlite:${join(dir, 'conduit.sqlite')}`)
    }
    const url = process.env.TEST_DATABASE_URL ?? ''
    const first = await openPrivateSchema(url, 'spam')
    cleanups.push(first.cleanup)
    const searchPath = await first.handle.db
      .selectNoFrom((eb) => eb.fn<string>('current_schema').as('schema'))
      .executeTakeFirstOrThrow()
    let handed = false
    return async () => {
      if (!handed) {
        handed = true
        return first.handle
      }
      return createDatabase(url, { searchPath: searchPath.schema })
    }
  }

  it('shares one count between the instances', async () => {
    const open = await sharedDatabase()
    const config = testConfig({ REDIS_URL: redisUrl ?? '', ...limits })
    const firstDatabase = await open()
    await migrateToLatest(firstDatabase)
    const one = await buildApp(config, { database: firstDatabase, logger: false })
    const two = await buildApp(config, { database: await open(), logger: false })
    cleanups.push(async () => void (await Promise.all([one.close(), two.close()])))

    const writer = await registerUser(one)
    expect((await postArticle(one, writer.token, 'One')).statusCode).toBe(201)
    expect((await postArticle(two, writer.token, 'Two')).statusCode).toBe(201)
    const refused = await postArticle(one, writer.token, 'Three')
    expect(refused.statusCode).toBe(429)
    expect(refused.headers['retry-after']).toBeDefined()
    expect((await postArticle(two, writer.token, 'Four')).statusCode).toBe(429)
    expect(await articlesBy(two, writer.username)).toBe(2)
  })
})
