import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiProcess, call, createScratchDatabase, sleep, startApi } from './api-process'
import { testDialect } from './build-test-app'

/**
 * Two API replicas as real processes on one PostgreSQL database: a write acknowledged by one is seen by the
 * other within STALENESS_BOUND_MS (decision 012), and while the other's change listener is cut off it
 * serves nothing stale. Runs once, in the api:postgres project.
 */

const databaseUrl = process.env.TEST_DATABASE_URL
const enabled = testDialect === 'postgres' && Boolean(databaseUrl)
/** The bound stated in docs/decisions/012-pushed-cache-invalidation.md. */
const STALENESS_BOUND_MS = 250

let one: ApiProcess
let two: ApiProcess
let dropDatabase: () => Promise<void> = async () => {}
let databaseName = ''

/** Polls `read` until `seen` holds; returns how long that took, or fails past the bound. */
async function timeUntil(read: () => Promise<boolean>, boundMs: number): Promise<number> {
  const started = performance.now()
  while (!(await read())) {
    if (performance.now() - started > boundMs) throw new Error(`not seen within ${boundMs} ms`)
    await sleep(2)
  }
  return performance.now() - started
}

describe.skipIf(!enabled)('cached reads across two replicas', () => {
  let token = ''
  let username = ''

  beforeAll(async () => {
    const database = await createScratchDatabase(databaseUrl ?? '', 'conduit_stale')
    dropDatabase = database.drop
    databaseName = database.name
    const env = { DATABASE_URL: database.url, AUTH_RATE_LIMIT_ACCOUNT: '0', AUTH_RATE_LIMIT_IP: '0' }
    one = await startApi(env)
    two = await startApi(env)
    username = `stale_${randomBytes(4).toString('hex')}`
    const registered = await call(one.url, 'POST', '/api/users', {
      body: { user: { username, email: `${username}@example.com`, password: 'correct horse battery' } },
    })
    token = (registered.json.user as { token: string }).token
  }, 90_000)

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
    await dropDatabase()
  }, 30_000)

  it(`shows a write on one replica on the other within ${STALENESS_BOUND_MS} ms`, async () => {
    const created = await call(one.url, 'POST', '/api/articles', {
      token,
      body: { article: { title: `Stale ${randomBytes(3).toString('hex')}`, description: 'd', body: 'b' } },
    })
    const { slug } = created.json.article as { slug: string }
    const lags: number[] = []
    for (let round = 0; round < 20; round++) {
      // Warm both caches, then write on one and time the other.
      await call(two.url, 'GET', `/api/articles/${slug}`)
      await call(two.url, 'GET', `/api/articles?author=${username}`)
      const description = `edit ${round}`
      const edited = await call(one.url, 'PUT', `/api/articles/${slug}`, {
        token,
        body: { article: { description } },
      })
      expect(edited.status).toBe(200)
      lags.push(
        await timeUntil(async () => {
          const page = await call(two.url, 'GET', `/api/articles/${slug}`)
          const list = await call(two.url, 'GET', `/api/articles?author=${username}`)
          const inList = (list.json.articles as { description: string }[])[0]?.description
          return (
            (page.json.article as { description: string }).description === description &&
            inList === description
          )
        }, STALENESS_BOUND_MS),
      )
    }
    lags.sort((a, b) => a - b)
    console.log(`staleness across replicas (ms): median ${lags[10]?.toFixed(1)}, max ${lags[19]?.toFixed(1)}`)
  }, 60_000)

  it(`shows an account change and a deletion on the other replica within ${STALENESS_BOUND_MS} ms`, async () => {
    const name = `acct_${randomBytes(4).toString('hex')}`
    const password = 'correct horse battery'
    const registered = await call(one.url, 'POST', '/api/users', {
      body: { user: { username: name, email: `${name}@example.com`, password } },
    })
    const own = (registered.json.user as { token: string }).token
    const bioOf = async () => {
      const me = await call(two.url, 'GET', '/api/user', { token: own })
      const seen = await call(two.url, 'GET', `/api/profiles/${name}`, { token })
      return [(me.json.user as { bio: string }).bio, (seen.json.profile as { bio: string }).bio]
    }
    for (let round = 0; round < 5; round++) {
      await bioOf()
      await bioOf()
      const bio = `bio ${round}`
      const updated = await call(one.url, 'PUT', '/api/user', { token: own, body: { user: { bio } } })
      expect(updated.status).toBe(200)
      await timeUntil(async () => (await bioOf()).every((seen) => seen === bio), STALENESS_BOUND_MS)
    }
    const deleted = await call(one.url, 'DELETE', '/api/user', { token: own, body: { user: { password } } })
    expect(deleted.status).toBe(204)
    await timeUntil(async () => {
      const me = await call(two.url, 'GET', '/api/user', { token: own })
      const seen = await call(two.url, 'GET', `/api/profiles/${name}`, { token })
      return me.status === 401 && seen.status === 404
    }, STALENESS_BOUND_MS)
  }, 60_000)

  it('serves nothing stale while a replica cannot hear changes, and caches again once it can', async () => {
    const created = await call(one.url, 'POST', '/api/articles', {
      token,
      body: { article: { title: `Cut ${randomBytes(3).toString('hex')}`, description: 'before', body: 'b' } },
    })
    const { slug } = created.json.article as { slug: string }
    await call(two.url, 'GET', `/api/articles/${slug}`)

    // Cut every LISTEN connection on the database: the replicas' change listeners.
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = $1 and application_name = 'conduit-change-listener'`,
      [databaseName],
    )
    await admin.end()

    for (let round = 0; round < 5; round++) {
      const description = `during ${round}`
      await call(one.url, 'PUT', `/api/articles/${slug}`, { token, body: { article: { description } } })
      // No waiting: whatever the listener's state, the answer must already be the new one or come within the bound.
      await timeUntil(async () => {
        const page = await call(two.url, 'GET', `/api/articles/${slug}`)
        return (page.json.article as { description: string }).description === description
      }, STALENESS_BOUND_MS)
    }
  }, 60_000)
})
