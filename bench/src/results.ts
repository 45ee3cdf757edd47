// The shape of one benchmark run, as printed and as written to bench-results/<timestamp>.json.
import type { HashRate } from './argon2-rate'
import type { LoadFigures } from './load'
import type { BenchOptions } from './options'
import type { Scenario, ScenarioId } from './scenarios'

export interface ScenarioResult {
  id: ScenarioId
  title: string
  kind: Scenario['kind']
  ours: LoadFigures
  bare: LoadFigures | null
  /** ours / bare req/s */
  ratio: number | null
}

export interface ScaleResult {
  articles: number
  seedSeconds: number
  scenarios: Array<{ id: ScenarioId; baseReqPerSec: number; scaledReqPerSec: number; scaled: LoadFigures }>
}

export interface Target {
  scenario: ScenarioId | null
  name: string
  actual: string
  threshold: string
  pass: boolean
}

export interface BenchResults {
  startedAt: string
  finishedAt: string
  options: Omit<BenchOptions, 'databaseUrl'>
  target: {
    mode: 'spawned' | 'external'
    database: 'sqlite' | 'postgres' | 'unknown'
    url: string
    pid: number | null
  }
  /** 1-minute load average before bench began: anything else running shares the cores being measured */
  machine: { cpus: number; node: string; loadAverageAtStart: number }
  seed: { counts: Record<string, number>; seconds: number }
  argon2: HashRate | null
  scenarios: ScenarioResult[]
  /** S5 measured while S8 runs at the same time */
  combined: { s5: LoadFigures; s8: LoadFigures } | null
  scale: ScaleResult | null
  /** API VmRSS right after it answered /api/health, and after the whole run */
  rssAtStartMb: number | null
  rssMb: number | null
  targets: Target[]
  problems: string[]
}
