// What bench measures: the API process it starts (SQLite in a temp dir, or a fresh PostgreSQL schema),
// or an already-running one named by BENCH_URL.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { startApi } from '../../apps/api/test/api-process'
import type { BenchOptions } from './options'
import { preparePostgres } from './pg-schema'

export interface Target {
  url: string
  pid: number | null
  mode: 'spawned' | 'external'
  stop(): Promise<void>
  /** the spawned API's state and last log lines: turns "fetch failed" or a 500 into the API's own words */
  diagnose(): string | null
}

export async function openTarget(options: BenchOptions, tmpDir: string, repoRoot: string): Promise<Target> {
  if (options.url) {
    return {
      url: options.url,
      pid: options.pid ?? null,
      mode: 'external',
      stop: async () => {},
      diagnose: () => null,
    }
  }
  const databaseUrl = options.databaseUrl
    ? await preparePostgres(options.databaseUrl, options.resetPg)
    : `sqlite:${join(tmpDir, 'bench.sqlite')}`
  // The API as `npm start` runs it: bundled once, then plain node.
  execFileSync('npm', ['run', 'build', '-w', '@conduit/api'], { cwd: repoRoot, stdio: 'ignore' })
  const api = await startApi(
    {
      DATABASE_URL: databaseUrl,
      AUTH_RATE_LIMIT_ACCOUNT: '0',
      AUTH_RATE_LIMIT_IP: '0',
      // Fresh accounts writing far more than a person would (docs/decisions/017).
      SPAM_NEW_ACCOUNT_HOURS: '0',
      // Measure what deploys; an explicit secret also keeps the API from writing one into apps/api/data.
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64url'),
      // Long enough that no token seeded at the start expires during a long --scale run.
      ACCESS_TOKEN_TTL: '7200',
    },
    { bundled: true, healthTimeoutMs: 60_000 },
  )
  return {
    url: api.url,
    pid: api.pid,
    mode: 'spawned',
    stop: async () => {
      // A graceful close that hangs must not hang bench.
      const timer = setTimeout(() => api.child.kill('SIGKILL'), 5_000)
      await api.stop()
      clearTimeout(timer)
    },
    diagnose: () => {
      const { exitCode, signalCode } = api.child
      const gone = exitCode !== null || signalCode !== null
      const tail = api.output().trim().split('\n').slice(-40).join('\n')
      if (!gone && !tail) return null
      return `${gone ? `Conduit exited (${exitCode ?? signalCode})` : 'Conduit is running'}; its last output:\n${tail}`
    },
  }
}
