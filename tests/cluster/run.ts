import { parseArgs } from 'node:util'
import { call, createScratchDatabase, sleep } from '../../apps/api/test/api-process'
import { type Cluster, haproxyMissing, startCluster } from './topology'
import {
  createArticle,
  OK_STATUS,
  type Sent,
  signUp,
  startWorkload,
  summarize,
  UNAVAILABLE,
} from './workload'

/**
 * Two API replicas behind HAProxy behind the host, under a mixed read/write load:
 * 1. kill -9 one replica: no GET fails (HAProxy retries them), a write in flight fails only with
 *    502/503 in our envelope, no acknowledged write is lost, HAProxy takes the replica out within
 *    TAKE_OUT_LIMIT_MS; started again, it takes traffic again.
 * 2. rolling restart (SIGTERM one replica, start it, then the other): no request fails.
 * `npm run test:cluster [-- --duration 4]`; needs TEST_DATABASE_URL, TEST_REDIS_URL and haproxy.
 */

const { values } = parseArgs({ options: { duration: { type: 'string', default: '6' } } })
const seconds = Number(values.duration)
if (!Number.isFinite(seconds) || seconds <= 0)
  throw new Error('--duration must be a positive number of seconds')
const TAKE_OUT_LIMIT_MS = 3_000
const DRAIN_LIMIT_MS = 15_000
// At most 8 × 1000 / 100 = 80 requests a second, in line with what two replicas serve on this
// machine without starving a replica that is starting (see workload.ts).
const LOAD = { clients: 8, pauseMs: 100 }

const adminUrl = process.env.TEST_DATABASE_URL
const redisUrl = process.env.TEST_REDIS_URL
const missing = [
  adminUrl ? null : 'TEST_DATABASE_URL (PostgreSQL)',
  redisUrl ? null : 'TEST_REDIS_URL',
  haproxyMissing() ? 'haproxy (apt-get install haproxy)' : null,
].filter(Boolean)
if (missing.length > 0) {
  console.log(`- cluster: skipped, needs ${missing.join(', ')}`)
  process.exit(0)
}

async function waitForStatus(cluster: Cluster, index: number, wanted: RegExp, limitMs: number) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if (wanted.test((await cluster.stat(index)).status)) return Date.now() - started
    await sleep(50)
  }
  return null
}

const failures: string[] = []
function check(ok: boolean, message: string) {
  console.log(`${ok ? '✓' : '✗'} ${message}`)
  if (!ok) failures.push(message)
}

const database = await createScratchDatabase(adminUrl ?? '', 'conduit_cluster')
let cluster: Cluster | undefined
try {
  cluster = await startCluster(2, {
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl ?? '',
    AUTH_RATE_LIMIT_ACCOUNT: '0',
    AUTH_RATE_LIMIT_IP: '0',
    // Fresh accounts writing far more than a person would (docs/decisions/017).
    SPAM_NEW_ACCOUNT_HOURS: '0',
  })
  const base = cluster.hostUrl
  const token = await signUp(base)
  const slug = await createArticle(base, token)

  // 1. kill -9 under load.
  const load = startWorkload(base, token, slug, LOAD)
  await sleep((seconds * 1000) / 3)
  const killedAt = Date.now()
  await cluster.replicas[0]?.stop('SIGKILL')
  const takenOutMs = await waitForStatus(cluster, 0, /DOWN/, 10_000)
  const duringKill = load.sent.filter(
    (entry) => entry.at >= killedAt && entry.at <= killedAt + (takenOutMs ?? 0),
  )
  await sleep((seconds * 1000) / 3)
  const before = (await cluster.stat(0)).sessionsTotal
  await cluster.restart(0)
  const backInMs = await waitForStatus(cluster, 0, /^UP/, 10_000)
  await sleep((seconds * 1000) / 3)
  await load.stop()
  const after = (await cluster.stat(0)).sessionsTotal

  const failedReads = load.sent.filter((entry) => entry.method === 'GET' && entry.status !== 200)
  const failedWrites = load.sent.filter((entry) => entry.method === 'POST' && entry.status !== OK_STATUS)
  const badWrites = failedWrites.filter(
    (entry) => ![502, 503].includes(entry.status) || !UNAVAILABLE.test(JSON.stringify(entry.body)),
  )
  const stored = await call(base, 'GET', `/api/articles/${slug}/comments`, { token })
  const storedIds = new Set((stored.json.comments as Array<{ id: number }>).map((comment) => comment.id))
  const lost = load.acknowledged.filter((id) => !storedIds.has(id))
  console.log(
    `kill -9: ${load.sent.length} requests (${summarize(load.sent)}); ${duringKill.length} sent between the ` +
      `kill and the take-out (${summarize(duringKill) || '-'}); taken out after ${takenOutMs ?? 'never'} ms, ` +
      `back after ${backInMs ?? 'never'} ms; ${after - before} sessions on the restarted replica`,
  )
  check(
    takenOutMs !== null && takenOutMs <= TAKE_OUT_LIMIT_MS,
    `dead replica taken out within ${TAKE_OUT_LIMIT_MS} ms`,
  )
  check(
    failedReads.length === 0,
    `no GET failed (${failedReads.length} did: ${summarize(failedReads) || '-'})`,
  )
  check(
    badWrites.length === 0,
    `failed writes only as 502/503 in the envelope (${failedWrites.length} failed, ${badWrites.length} otherwise: ${
      badWrites
        .slice(0, 3)
        .map((entry) => `${entry.status} ${JSON.stringify(entry.body).slice(0, 200)}`)
        .join('; ') || '-'
    })`,
  )
  check(
    lost.length === 0,
    `every acknowledged write is stored (${load.acknowledged.length} acknowledged, ${lost.length} lost)`,
  )
  check(backInMs !== null && after > before, 'the restarted replica takes traffic again')

  // 2. Rolling restart under load, one replica at a time: drain it in HAProxy (no new requests), wait
  // for its requests to finish, SIGTERM, start it again, set it ready, wait until HAProxy has it UP.
  const rolling = startWorkload(base, token, slug, LOAD)
  await sleep((seconds * 1000) / 3)
  const drainedMs: number[] = []
  for (const index of [0, 1]) {
    await cluster.setState(index, 'drain')
    const drainStarted = Date.now()
    while ((await cluster.stat(index)).sessionsNow > 0 && Date.now() - drainStarted < DRAIN_LIMIT_MS)
      await sleep(50)
    drainedMs.push(Date.now() - drainStarted)
    await cluster.replicas[index]?.stop('SIGTERM')
    await cluster.restart(index)
    await cluster.setState(index, 'ready')
    check((await waitForStatus(cluster, index, /^UP/, 10_000)) !== null, `replica ${index + 1} is UP again`)
  }
  await sleep((seconds * 1000) / 3)
  await rolling.stop()
  const failed: Sent[] = rolling.sent.filter((entry) => entry.status !== OK_STATUS)
  console.log(
    `rolling restart: ${rolling.sent.length} requests (${summarize(rolling.sent)}); drained in ${drainedMs.join(' and ')} ms`,
  )
  check(
    failed.length === 0,
    `no request failed during the rolling restart (${failed.length} did: ${
      failed
        .map((entry) => `${entry.method} ${entry.status} ${JSON.stringify(entry.body)}`)
        .slice(0, 5)
        .join('; ') || '-'
    })`,
  )
} finally {
  await cluster?.stop()
  await database.drop()
}
console.log(`cluster: ${failures.length === 0 ? 'passed' : `${failures.length} failed`}`)
process.exit(failures.length === 0 ? 0 : 1)
