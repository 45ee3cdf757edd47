import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import {
  type ApiProcess,
  call,
  createScratchDatabase,
  signUpAt,
  sleep,
  startApi,
} from '../../apps/api/test/api-process'
import { newUser } from '../../apps/api/test/sign-up'
import type { ScenarioResult } from './kill-during-writes'
import { startWriteLoad } from './workload'

/**
 * PostgreSQL stops under load for a few seconds: /api/health turns 503, requests fail fast with a 503 in the
 * error envelope, and the API serves again by itself once PostgreSQL is back. This is the machine's shared
 * PostgreSQL, so the outage is short and PostgreSQL is started again whatever happens.
 */

const OUTAGE_MS = 3_000
const FAST_MS = 1_000
const cluster = () => readdirSync('/etc/postgresql')[0] ?? '15'
const pgctl = (action: 'stop' | 'start') =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster(), 'main', action], { stdio: 'pipe' })

type Probe = { status: number; ms: number; envelope: boolean }

async function probe(base: string, path: string, token?: string): Promise<Probe> {
  const started = performance.now()
  try {
    const response = await call(base, 'GET', path, { token, timeoutMs: 10_000 })
    const errors = response.json.errors as Record<string, unknown> | undefined
    const envelope = typeof errors === 'object' && errors !== null && Array.isArray(Object.values(errors)[0])
    return { status: response.status, ms: performance.now() - started, envelope }
  } catch {
    return { status: 0, ms: performance.now() - started, envelope: false }
  }
}

export async function postgresOutage(seconds: number, adminUrl: string): Promise<ScenarioResult> {
  const name = 'PostgreSQL stops under load'
  const scratch = await createScratchDatabase(adminUrl, 'conduit_fault')
  let api: ApiProcess | undefined
  let stopped = false
  try {
    api = await startApi({
      DATABASE_URL: scratch.url,
      AUTH_RATE_LIMIT_ACCOUNT: '0',
      AUTH_RATE_LIMIT_IP: '0',
      SPAM_NEW_ACCOUNT_HOURS: '0',
    })
    const base = api.url
    const { token } = await signUpAt(base, newUser('fault'))
    const load = startWriteLoad(base, token, 8)
    await sleep(Math.max(1, seconds / 2) * 1000)

    pgctl('stop')
    stopped = true
    const outageEnds = Date.now() + OUTAGE_MS
    const during: Probe[] = []
    let health503 = false
    while (Date.now() < outageEnds) {
      const [health, list, user] = await Promise.all([
        probe(base, '/api/health'),
        probe(base, '/api/articles?limit=5'),
        probe(base, '/api/user', token),
      ])
      if (health.status === 503) health503 = true
      during.push(list, user)
      await sleep(100)
    }
    pgctl('start')
    stopped = false
    const backAt = Date.now()

    let recoveredMs = -1
    while (Date.now() - backAt < 30_000) {
      const [health, list] = await Promise.all([
        probe(base, '/api/health'),
        probe(base, '/api/articles?limit=5'),
      ])
      if (health.status === 200 && list.status === 200) {
        recoveredMs = Date.now() - backAt
        break
      }
      await sleep(200)
    }
    const writesBefore = load.acknowledged.length
    await sleep(1_000)
    const writesAfterRecovery = load.acknowledged.length - writesBefore
    await load.stop()

    const refused = during.filter((result) => result.status === 503)
    const bad = during.filter((result) => result.status >= 500 && result.status !== 503)
    const slowest = Math.round(Math.max(0, ...refused.map((result) => result.ms)))
    const allEnveloped = refused.every((result) => result.envelope)
    const writeFailures = [...load.failures].filter(([status]) => status >= 500 && status !== 503)
    const details =
      `health 503 during outage: ${health503}; ${refused.length}/${during.length} probes answered 503 ` +
      `(slowest ${slowest} ms, all in the envelope: ${allEnveloped}), other 5xx ${bad.length}; ` +
      `recovered ${recoveredMs} ms after PostgreSQL started; writes in the next second ${writesAfterRecovery}; ` +
      `writer 5xx other than 503: ${writeFailures.length}`
    const ok =
      health503 &&
      refused.length > 0 &&
      bad.length === 0 &&
      allEnveloped &&
      slowest < FAST_MS &&
      recoveredMs >= 0 &&
      writesAfterRecovery > 0 &&
      writeFailures.length === 0
    const exited = api.child.exitCode !== null || api.child.signalCode !== null
    const tail = ok
      ? ''
      : `\nAPI ${exited ? `exited (${api.child.exitCode ?? api.child.signalCode})` : 'still running'}:\n${api.output().slice(-3_000)}`
    return { name, ok, details: details + tail }
  } finally {
    if (stopped) pgctl('start')
    await api?.stop('SIGKILL')
    await waitForPostgres(adminUrl)
    await scratch.drop()
  }
}

async function waitForPostgres(adminUrl: string): Promise<void> {
  const host = new URL(adminUrl).hostname
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      execFileSync('pg_isready', ['-h', host, '-q'])
      return
    } catch {
      await sleep(250)
    }
  }
}
