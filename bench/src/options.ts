// Command line and environment → one typed options object. Flags win over env.
import { SCENARIO_IDS, type ScenarioId } from './scenarios'

export interface BenchOptions {
  smoke: boolean
  connections: number
  warmupSeconds: number
  durationSeconds: number
  scenarios: ScenarioId[]
  /** total articles for the scale comparison; 0 = skip */
  scale: number
  /** API replicas behind HAProxy and the host (PostgreSQL only); 0 = the usual single-process run */
  replicas: number
  /** target an already-running Conduit instead of starting one */
  url: string | undefined
  /** pid of that Conduit, for VmRSS */
  pid: number | undefined
  /** postgres://… to run on PostgreSQL; otherwise a fresh temporary SQLite file */
  databaseUrl: string | undefined
  resetPg: boolean
  seed: number
  seedConcurrency: number
  argon2Seconds: number
}

export const USAGE = `npm run bench -- [options]      (npm run bench:smoke for the short CI run)
  --smoke               each scenario 1 s warm-up + 2 s measured
  --duration <s>        measured seconds per scenario (10; env BENCH_DURATION)
  --warmup <s>          warm-up seconds per scenario (2; env BENCH_WARMUP)
  --connections <n>     concurrent connections (32; env BENCH_CONNECTIONS)
  --scenarios S1,S3     subset of S1..S8 (all; env BENCH_SCENARIOS)
  --scale <n>           also seed up to n articles and compare S1-S3 (env BENCH_SCALE)
  --replicas <n>        S1-S4 through n replicas + HAProxy + host, with PostgreSQL statements per read
  --seed <n>            PRNG seed for the data set (1; env BENCH_SEED)
env: BENCH_URL=http://127.0.0.1:3000 targets a running Conduit (BENCH_PID=<pid> for its memory);
     DATABASE_URL=postgres://… runs on PostgreSQL in schema "bench" (BENCH_RESET_PG=1: wipe schema public instead)`

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`)
  return value
}

function parseScenarios(raw: string | undefined): ScenarioId[] {
  if (!raw) return [...SCENARIO_IDS]
  const ids = raw.split(',').map((s) => s.trim().toUpperCase())
  const unknown = ids.filter((id) => !SCENARIO_IDS.includes(id as ScenarioId))
  if (unknown.length > 0)
    throw new Error(`unknown scenario(s) ${unknown.join(', ')}; use ${SCENARIO_IDS.join(',')}`)
  return SCENARIO_IDS.filter((id) => ids.includes(id))
}

const FLAGS = ['smoke', 'help', 'duration', 'warmup', 'connections', 'scenarios', 'scale', 'seed', 'replicas']

function readFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${USAGE}`)
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    if (!FLAGS.includes(name)) throw new Error(`unknown option --${name}\n${USAGE}`)
    if (name === 'smoke' || name === 'help') flags.set(name, 'true')
    else if (inline !== undefined) flags.set(name, inline)
    else if (argv[i + 1] !== undefined) flags.set(name, argv[++i] as string)
    else throw new Error(`--${name} needs a value`)
  }
  return flags
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const flags = readFlags(argv)
  if (flags.has('help')) return 'help'
  const smoke = flags.has('smoke') || env.BENCH_SMOKE === '1'
  const pick = (flag: string, envName: string) => flags.get(flag) ?? env[envName]
  // Only a PostgreSQL URL changes anything: SQLite runs always get a fresh temporary file.
  const databaseUrl = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '') ? env.DATABASE_URL : undefined
  return {
    smoke,
    connections: positiveInt('--connections', pick('connections', 'BENCH_CONNECTIONS'), 32) || 1,
    warmupSeconds: positiveInt('--warmup', pick('warmup', 'BENCH_WARMUP'), smoke ? 1 : 2),
    durationSeconds: positiveInt('--duration', pick('duration', 'BENCH_DURATION'), smoke ? 2 : 10) || 1,
    scenarios: parseScenarios(pick('scenarios', 'BENCH_SCENARIOS')),
    scale: positiveInt('--scale', pick('scale', 'BENCH_SCALE'), 0),
    replicas: positiveInt('--replicas', flags.get('replicas'), 0),
    url: env.BENCH_URL?.replace(/\/+$/, '') || undefined,
    pid: env.BENCH_PID ? positiveInt('BENCH_PID', env.BENCH_PID, 0) : undefined,
    databaseUrl,
    resetPg: env.BENCH_RESET_PG === '1',
    seed: positiveInt('--seed', pick('seed', 'BENCH_SEED'), 1),
    seedConcurrency: 16,
    argon2Seconds: 3,
  }
}
