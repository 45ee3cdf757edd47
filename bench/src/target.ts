// What bench measures: the API process it starts (SQLite in a temp dir, or a fresh PostgreSQL schema),
// or an already-running one named by BENCH_URL.
import { join } from 'node:path'
import { startConduit } from './conduit-process'
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
  const conduit = await startConduit({ repoRoot, databaseUrl })
  const { child } = conduit.process
  return {
    url: conduit.url,
    pid: conduit.process.pid,
    mode: 'spawned',
    stop: () => conduit.process.stop(),
    diagnose: () => {
      const gone = child.exitCode !== null || child.signalCode !== null
      const tail = conduit.process.tail()
      if (!gone && !tail) return null
      return `${gone ? `Conduit exited (${child.exitCode ?? child.signalCode})` : 'Conduit is running'}; its last output:\n${tail}`
    },
  }
}
