// `npm run bench -- --replicas N`: the read scenarios through the production topology (N API replicas on
// one PostgreSQL database and Redis, HAProxy, the host in front; tests/cluster/topology.ts builds it), and
// how many PostgreSQL statements each cached read cost (decision 012 says none).
import pg from 'pg'
import { createScratchDatabase } from '../../apps/api/test/api-process'
import { startCluster } from '../../tests/cluster/topology'
import { createApiClient } from './api-client'
import { type LoadSettings, measure } from './load'
import type { BenchOptions } from './options'
import { buildScenarios } from './scenarios'
import { refreshTokens, seed } from './seed'

const READS = ['S1', 'S2', 'S3', 'S4']

/** Statements the database ran, from its own counters: every statement outside a transaction is one. */
async function transactionsSoFar(client: pg.Client, database: string): Promise<number> {
  // The statistics collector publishes at most every 500 ms; a fresh snapshot asks for the latest.
  await client.query('select pg_stat_clear_snapshot()')
  const { rows } = await client.query<{ total: string }>(
    'select xact_commit + xact_rollback as total from pg_stat_database where datname = $1',
    [database],
  )
  return Number(rows[0]?.total ?? 0)
}

const settle = () => new Promise((done) => setTimeout(done, 700))

export async function runReplicas(options: BenchOptions, log: (message: string) => void): Promise<number> {
  if (!options.databaseUrl) {
    log('--replicas needs DATABASE_URL=postgres://… (replicas share one PostgreSQL database)')
    return 2
  }
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  const scratch = await createScratchDatabase(options.databaseUrl, 'conduit_bench_replicas')
  const stats = new pg.Client({ connectionString: options.databaseUrl })
  await stats.connect()
  const cluster = await startCluster(options.replicas, {
    DATABASE_URL: scratch.url,
    REDIS_URL: redisUrl,
    NODE_ENV: 'production',
    AUTH_RATE_LIMIT_ACCOUNT: '0',
    AUTH_RATE_LIMIT_IP: '0',
    // Fresh accounts writing far more than a person would (docs/decisions/017).
    SPAM_NEW_ACCOUNT_HOURS: '0',
    // Signed-in reads are cached per viewer: 50 users' pages outgrow the default 4 MB.
    PAGE_CACHE_MB: process.env.PAGE_CACHE_MB ?? '4',
  })
  try {
    log(`${options.replicas} replicas behind HAProxy and the host at ${cluster.hostUrl}; seeding`)
    const api = createApiClient(cluster.hostUrl)
    const data = await seed(api, { seed: options.seed, prefix: 'r', concurrency: options.seedConcurrency })
    await refreshTokens(api, data.users, options.seedConcurrency)
    const settings: LoadSettings = {
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
    }
    const rows: string[] = []
    for (const scenario of buildScenarios(data, options.seed, 'replicas').filter((s) =>
      READS.includes(s.id),
    )) {
      // The warm-up fills every replica's cache; only the measured run is counted.
      await measure(cluster.hostUrl, scenario, { ...settings, durationSeconds: 1 })
      await settle()
      const before = await transactionsSoFar(stats, scratch.name)
      const figures = await measure(cluster.hostUrl, scenario, settings)
      await settle()
      const statements = (await transactionsSoFar(stats, scratch.name)) - before
      const perRead = figures.requests > 0 ? statements / figures.requests : 0
      rows.push(
        `${scenario.id}  ${String(figures.reqPerSec).padStart(7)} req/s  p99 ${String(figures.p99Ms).padStart(4)} ms  ` +
          `non-2xx ${figures.non2xx}  statements/read ${perRead.toFixed(4)} (${statements} for ${figures.requests})`,
      )
      log(rows.at(-1) ?? '')
    }
    process.stdout.write(
      `\nreplicas: ${options.replicas} (PostgreSQL + Redis, HAProxy, host); target < 0.05 statements per cached read\n` +
        `${rows.join('\n')}\n`,
    )
    return 0
  } catch (error) {
    // What the replicas said is the first thing to read when the cluster answers 502/503.
    for (const [index, replica] of cluster.replicas.entries())
      log(`replica ${index + 1} output (last 2000 characters):\n${replica.output().slice(-2000)}`)
    throw error
  } finally {
    await cluster.stop()
    await stats.end()
    await scratch.drop()
  }
}
