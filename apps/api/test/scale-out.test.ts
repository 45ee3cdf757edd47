import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiProcess, call, createScratchDatabase, signUpAt, sleep, startApi } from './api-process'
import { testDialect } from './build-test-app'
import { newUser } from './sign-up'

/**
 * Two API replicas as real processes on one fresh PostgreSQL database and one Redis, called directly.
 * Sessions and sign-in limits must hold across replicas. (Spreading requests over them is the load
 * balancer's job: tests/cluster runs HAProxy in front of them.)
 * Runs once, in the api:postgres project, and only when TEST_REDIS_URL names a Redis.
 */

const databaseUrl = process.env.TEST_DATABASE_URL
const redisUrl = process.env.TEST_REDIS_URL
const enabled = testDialect === 'postgres' && Boolean(databaseUrl) && Boolean(redisUrl)
const ACCOUNT_LIMIT = 3
/** REUSE_GRACE_MS in src/modules/auth/refresh-tokens.ts, plus a margin. */
const PAST_GRACE_MS = 10_500

let one: ApiProcess
let two: ApiProcess
let dropDatabase: () => Promise<void> = async () => {}

describe.skipIf(!enabled)('two API replicas on one database and one Redis', () => {
  beforeAll(async () => {
    const database = await createScratchDatabase(databaseUrl ?? '', 'conduit_scale')
    dropDatabase = database.drop
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl ?? '',
      AUTH_RATE_LIMIT_ACCOUNT: String(ACCOUNT_LIMIT),
      AUTH_RATE_LIMIT_IP: '0',
      LOG_LEVEL: 'info',
    }
    // One after the other: the first applies the migrations, the second finds them applied.
    one = await startApi(env)
    two = await startApi(env)
  }, 90_000)

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
    await dropDatabase()
  }, 30_000)

  it('keeps one session across replicas and revokes it everywhere on refresh-token reuse', async () => {
    const { email, password } = await signUpAt(one.url, newUser('scale'))
    const credentials = { email, password }

    const signedIn = await call(one.url, 'POST', '/api/users/login', { body: { user: credentials } })
    expect(signedIn.status).toBe(200)
    const first = signedIn.json.user as { token: string; refreshToken: string }

    expect((await call(two.url, 'GET', '/api/user', { token: first.token })).status).toBe(200)

    const rotated = await call(two.url, 'POST', '/api/users/refresh', {
      body: { refreshToken: first.refreshToken },
    })
    expect(rotated.status).toBe(200)
    const spentAt = Date.now()
    const second = rotated.json.user as { token: string; refreshToken: string }
    expect((await call(one.url, 'GET', '/api/user', { token: second.token })).status).toBe(200)

    // Within the grace window another replica treats the replay as a second tab: a fresh pair.
    const tab = await call(one.url, 'POST', '/api/users/refresh', {
      body: { refreshToken: first.refreshToken },
    })
    expect(tab.status).toBe(200)

    await sleep(Math.max(0, spentAt + PAST_GRACE_MS - Date.now()))
    const replay = await call(one.url, 'POST', '/api/users/refresh', {
      body: { refreshToken: first.refreshToken },
    })
    expect(replay.status).toBe(401)
    expect(JSON.stringify(replay.json)).toMatch(/revoked/)

    for (const api of [two, one]) {
      const successor = await call(api.url, 'POST', '/api/users/refresh', {
        body: { refreshToken: second.refreshToken },
      })
      expect(successor.status, api.url).toBe(401)
    }
    const tabSuccessor = (tab.json.user as { refreshToken: string }).refreshToken
    expect(
      (await call(two.url, 'POST', '/api/users/refresh', { body: { refreshToken: tabSuccessor } })).status,
    ).toBe(401)
  }, 60_000)

  it('counts sign-in attempts on one account across replicas', async () => {
    const { email, password } = await signUpAt(two.url, newUser('limit'))

    const statuses: number[] = []
    for (let attempt = 0; attempt <= ACCOUNT_LIMIT; attempt++) {
      const replica = attempt % 2 === 0 ? one : two
      const response = await call(replica.url, 'POST', '/api/users/login', {
        body: { user: { email, password: 'wrong password' } },
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array(ACCOUNT_LIMIT).fill(401), 429])

    const right = await call(two.url, 'POST', '/api/users/login', { body: { user: { email, password } } })
    expect(right.status).toBe(429)
    expect((right.json.errors as Record<string, string[]>).body?.[0]).toMatch(/too many attempts/)
  }, 30_000)
})
