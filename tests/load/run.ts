import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Result } from 'autocannon'
import { type ApiProcess, createScratchDatabase, sleep, startApi } from '../../apps/api/test/api-process'
import { createUsers, workload } from './workload'

/**
 * A mixed workload (sign-in, reads, writes, refresh) against a started API, run twice after a short
 * warm-up: no errors, no 5xx, p99 reported, and resident memory after the second run within 10% of after
 * the first (no leak).
 * `npm run test:load [-- --duration 10 --connections 64 --database postgres]`; stops by itself.
 */

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    database: { type: 'string', default: 'sqlite' },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const MEMORY_GROWTH_LIMIT = 0.1

function summarize(result: Result) {
  const statuses = Object.entries(result.statusCodeStats)
  const serverErrors = statuses
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, stat]) => sum + stat.count, 0)
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors,
    statuses: statuses.map(([status, stat]) => `${status}×${stat.count}`).join(' '),
  }
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'conduit-load-'))
  const adminUrl = process.env.TEST_DATABASE_URL
  if (values.database === 'postgres' && !adminUrl)
    throw new Error('--database postgres needs TEST_DATABASE_URL')
  const scratch =
    values.database === 'postgres' && adminUrl ? await createScratchDatabase(adminUrl, 'conduit_load') : null
  let api: ApiProcess | undefined
  try {
    api = await startApi({
      DATABASE_URL: scratch ? scratch.url : `sqlite:${join(dir, 'conduit.sqlite')}`,
      SEED_DEMO: '1',
      AUTH_RATE_LIMIT_ACCOUNT: '0',
      AUTH_RATE_LIMIT_IP: '0',
      // Fresh accounts writing far more than a person would (docs/decisions/017).
      SPAM_NEW_ACCOUNT_HOURS: '0',
    })
    const users = await createUsers(api.url, Math.min(connections, 64))
    const requests = workload(users)
    // A discarded warm-up (JIT, connection pools, V8 growing its heap to the load) so the two measured runs
    // compare like with like.
    await autocannon({ url: api.url, connections, duration: Math.min(10, duration), timeout: 10, requests })
    const runs = []
    for (const run of [1, 2]) {
      const result = await autocannon({ url: api.url, connections, duration, timeout: 10, requests })
      await sleep(2_000)
      const rss = api.rssMiB()
      const summary = { ...summarize(result), rssMiB: rss }
      runs.push(summary)
      console.log(
        `load run ${run} (${values.database}, ${connections} connections, ${duration} s):`,
        JSON.stringify(summary),
      )
    }
    const [first, second] = runs
    if (!first || !second) return 1
    const growth = (second.rssMiB - first.rssMiB) / first.rssMiB
    const problems = [
      ...runs.flatMap((run, i) => [
        run.errors > 0 ? `run ${i + 1}: ${run.errors} connection errors` : '',
        run.timeouts > 0 ? `run ${i + 1}: ${run.timeouts} timeouts` : '',
        run.serverErrors > 0 ? `run ${i + 1}: ${run.serverErrors} 5xx` : '',
        run.non2xx > 0 ? `run ${i + 1}: ${run.non2xx} non-2xx (${run.statuses})` : '',
      ]),
      growth > MEMORY_GROWTH_LIMIT ? `memory grew ${Math.round(growth * 100)}% between runs` : '',
    ].filter(Boolean)
    console.log(
      `load: ${problems.length === 0 ? 'ok' : 'FAILED'}; p99 ${first.p99} ms / ${second.p99} ms; ` +
        `RSS ${first.rssMiB} → ${second.rssMiB} MiB (${growth >= 0 ? '+' : ''}${Math.round(growth * 1000) / 10}%)` +
        (problems.length ? `; ${problems.join('; ')}` : ''),
    )
    return problems.length === 0 ? 0 : 1
  } finally {
    await api?.stop()
    await scratch?.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exit(await main())
