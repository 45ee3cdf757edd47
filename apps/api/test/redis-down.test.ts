import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, sleep } from './api-process'
import { buildTestApp, type TestApp } from './build-test-app'
import { registerUser } from './factories'

/**
 * REDIS_URL set and Redis gone (docs/decisions/008-rate-limits-when-redis-is-down.md): the API keeps
 * answering promptly, without counting (fail open), and counts again once Redis is back on the same port.
 * A private redis-server is started and killed here; the test is skipped where there is none.
 */

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0
const ACCOUNT_LIMIT = 3
/** Far above a sign-in's own cost (argon2 ~20 ms): a request queued behind a dead connection shows here. */
const PROMPT_MS = 1_000
/** Long enough for ioredis's reconnect back-off (50 ms more per attempt) to pass a second. */
const DOWN_MS = 12_000

let port: number
let redis: ChildProcess | undefined
let app: TestApp

async function startRedis(): Promise<void> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  )
  await new Promise<void>((ready, fail) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) ready()
    })
    child.on('exit', (code) => fail(new Error(`redis-server exited with ${code}: ${output}`)))
  })
  redis = child
}

async function killRedis(): Promise<void> {
  const child = redis
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((done) => child.on('exit', done))
  child.kill('SIGKILL')
  await exited
}

const login = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/users/login', payload: { user: { email, password } } })

/** Statuses of ACCOUNT_LIMIT + 1 wrong sign-ins on a fresh address, each timed. */
async function wrongSignIns(): Promise<{ statuses: number[]; slowestMs: number }> {
  const email = `nobody_${randomBytes(4).toString('hex')}@example.com`
  const statuses: number[] = []
  let slowestMs = 0
  for (let attempt = 0; attempt <= ACCOUNT_LIMIT; attempt += 1) {
    const started = performance.now()
    statuses.push((await login(email, 'wrong password')).statusCode)
    slowestMs = Math.max(slowestMs, performance.now() - started)
  }
  return { statuses, slowestMs }
}

const limited = [...Array(ACCOUNT_LIMIT).fill(401), 429]

describe.skipIf(!hasRedisServer)('sign-in limits when Redis goes away', () => {
  beforeAll(async () => {
    port = await freePort()
    await startRedis()
    app = await buildTestApp({
      env: {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        AUTH_RATE_LIMIT_ACCOUNT: String(ACCOUNT_LIMIT),
        AUTH_RATE_LIMIT_IP: '0',
      },
    })
  }, 30_000)
  afterAll(async () => {
    await app?.close()
    await killRedis()
  })

  it('counts in Redis, answers promptly without counting while it is down, and counts again after', async () => {
    const user = await registerUser(app)
    expect((await wrongSignIns()).statuses).toEqual(limited)

    await killRedis()
    // Some seconds of traffic: ioredis backs off between reconnects, and a client that queues commands
    // until the next attempt makes the wait grow with the outage.
    const downSince = Date.now()
    let slowestMs = 0
    while (Date.now() - downSince < DOWN_MS) {
      const down = await wrongSignIns()
      expect(down.statuses).toEqual(Array(ACCOUNT_LIMIT + 1).fill(401))
      slowestMs = Math.max(slowestMs, down.slowestMs)
    }
    expect(slowestMs).toBeLessThan(PROMPT_MS)
    const started = performance.now()
    expect((await login(user.email, user.password)).statusCode).toBe(200)
    expect((await app.inject({ url: '/api/articles' })).statusCode).toBe(200)
    expect(performance.now() - started).toBeLessThan(PROMPT_MS)

    await startRedis()
    // ioredis reconnects on its own schedule (backing off up to 2 s); until then attempts are not counted.
    const deadline = Date.now() + 15_000
    let after = await wrongSignIns()
    while (after.statuses.at(-1) !== 429 && Date.now() < deadline) {
      await sleep(200)
      after = await wrongSignIns()
    }
    expect(after.statuses).toEqual(limited)
  }, 60_000)
})
