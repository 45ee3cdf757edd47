import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ApiProcess,
  call,
  createScratchDatabase,
  freePort,
  REPO_ROOT,
  signUpAt,
  sleep,
  startApi,
  waitForHealth,
} from './api-process'
import { testDialect } from './build-test-app'
import { newUser } from './sign-up'

/**
 * Two API replicas as real processes on one fresh PostgreSQL database and one Redis, behind the local host
 * (apps/host round-robins over API_ORIGIN). Sessions and sign-in limits must hold across replicas.
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
let hostUrl: string
let stopHost: () => Promise<void> = async () => {}
let dropDatabase: () => Promise<void> = async () => {}

async function startHost(origins: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const publishDir = mkdtempSync(join(tmpdir(), 'conduit-host-'))
  writeFileSync(join(publishDir, 'index.html'), '<!doctype html><title>Conduit</title>')
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'apps/host/src/server.ts')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      API_ORIGIN: origins.join(','),
      PUBLISH_DIR: publishDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  })
  const exited = new Promise((done) => child.on('exit', done))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    rmSync(publishDir, { recursive: true, force: true })
  }
  try {
    await waitForHealth(url, 20_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}

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
    const host = await startHost([one.url, two.url])
    hostUrl = host.url
    stopHost = host.stop
  }, 90_000)

  afterAll(async () => {
    await stopHost()
    await Promise.all([one?.stop(), two?.stop()])
    await dropDatabase()
  }, 30_000)

  it('the host spreads requests over both replicas', async () => {
    const marker = randomBytes(4).toString('hex')
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${hostUrl}/api/health?probe=${marker}`)
      expect(response.status).toBe(200)
    }
    await sleep(200)
    const seen = [one, two].map((api) => api.output().split(marker).length - 1)
    expect(seen).toEqual([2, 2])
  })

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
