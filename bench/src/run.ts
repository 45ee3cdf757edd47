// CLI entry for `npm run bench` / `npm run bench:smoke`: start (or target) Conduit, seed it through the
// API, load each scenario against Conduit and against a bare server replaying Conduit's bytes, report.
// Exit code: 0 when the run completes (targets may fail), 1 on transport errors, 5xx or a failed seed.
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApiClient } from './api-client'
import { type HashRate, measureHashRate } from './argon2-rate'
import { type BareServer, startBareServer } from './bare-process'
import { captureResponses } from './capture'
import { readRssMb } from './child'
import { type LoadFigures, type LoadSettings, measure, measureTogether } from './load'
import { type BenchOptions, parseOptions, USAGE } from './options'
import { runReplicas } from './replicas'
import { formatReport, writeResults } from './report'
import type { BenchResults, ScenarioResult } from './results'
import { runScale } from './scale'
import { buildScenarios, type Scenario } from './scenarios'
import { refreshTokens, seed } from './seed'
import { openTarget, type Target } from './target'
import { evaluateTargets } from './targets'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)

function problemsOf(label: string, f: LoadFigures): string[] {
  const problems: string[] = []
  if (f.errors > 0) problems.push(`${label}: ${f.errors} transport errors (${f.timeouts} timeouts)`)
  if (f.status5xx > 0)
    problems.push(`${label}: ${f.status5xx} responses with 5xx ${JSON.stringify(f.statusCodes)}`)
  return problems
}

const brief = (f: LoadFigures) =>
  `${f.reqPerSec} req/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, non-2xx ${f.non2xx}`

async function runScenarios(
  target: Target,
  bare: BareServer | null,
  scenarios: Scenario[],
  options: BenchOptions,
  settings: LoadSettings,
): Promise<{ results: ScenarioResult[]; argon2: HashRate | null }> {
  const results: ScenarioResult[] = []
  let argon2: HashRate | null = null
  for (const s of scenarios) {
    if (s.kind === 'login') {
      // Right before S8, so both figures see the same machine load (the cores are shared).
      argon2 = await measureHashRate(options.argon2Seconds)
      log(`argon2id: ${argon2.hashesPerSec} hashes/s`)
    }
    const compared = s.kind !== 'login' && bare
    // Captured right before the run, so the bare server replays exactly what Conduit answers now
    // (earlier write scenarios would otherwise have changed the lists since).
    if (compared) await bare.load(await captureResponses(target.url, [s]))
    const ours = await measure(target.url, s, settings)
    log(`${s.id} conduit: ${brief(ours)}`)
    const bareFigures = compared ? await measure(bare.url, s, settings) : null
    if (bareFigures) log(`${s.id} bare:    ${brief(bareFigures)}`)
    const ratio =
      bareFigures && bareFigures.reqPerSec > 0
        ? Math.round((ours.reqPerSec / bareFigures.reqPerSec) * 1000) / 1000
        : null
    results.push({ id: s.id, title: s.title, kind: s.kind, ours, bare: bareFigures, ratio })
  }
  return { results, argon2 }
}

async function main(options: BenchOptions): Promise<number> {
  const startedAt = new Date().toISOString()
  // Other work on the same cores skews every figure; the report says so when it sees it.
  const loadAtStart = loadavg()[0] ?? 0
  const settings: LoadSettings = {
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    durationSeconds: options.durationSeconds,
  }
  const tmpDir = mkdtempSync(join(tmpdir(), 'conduit-bench-'))
  const stops: Array<() => Promise<void>> = []
  let target: Target | undefined
  try {
    target = await openTarget(options, tmpDir, repoRoot)
    stops.push(() => target?.stop() ?? Promise.resolve())
    log(`conduit at ${target.url} (${target.mode}${target.pid ? `, pid ${target.pid}` : ''})`)
    // Memory before any data or load, to tell the process's floor from what the run added.
    const rssAtStartMb = target.pid ? readRssMb(target.pid) : null
    const api = createApiClient(target.url)
    // On a shared server earlier runs' users still exist, so names get a per-run prefix there.
    const runTag = Date.now().toString(36)
    const data = await seed(api, {
      seed: options.seed,
      prefix: target.mode === 'external' ? runTag : '',
      concurrency: options.seedConcurrency,
    })
    log(`seeded ${JSON.stringify(data.counts)} in ${data.durationMs / 1000} s`)

    const wanted = (s: Scenario) => options.scenarios.includes(s.id)
    await refreshTokens(api, data.users, options.seedConcurrency)
    const scenarios = buildScenarios(data, options.seed, runTag).filter(wanted)

    let bare: BareServer | null = null
    if (scenarios.some((s) => s.kind !== 'login')) {
      const started = await startBareServer(repoRoot)
      stops.push(() => started.process.stop())
      bare = started
    }
    const { results, argon2 } = await runScenarios(target, bare, scenarios, options, settings)

    const s5 = scenarios.find((s) => s.id === 'S5')
    const s8 = scenarios.find((s) => s.id === 'S8')
    let combined: BenchResults['combined'] = null
    if (s5 && s8) {
      const [five, eight] = await measureTogether(target.url, [s5, s8], settings)
      if (five && eight) combined = { s5: five, s8: eight }
      if (combined) log(`S5 with S8: ${brief(combined.s5)}`)
    }
    const scale =
      options.scale > 0 ? await runScale(api, data, results, options, settings, target.url, log) : null
    const rssMb = target.pid ? readRssMb(target.pid) : null

    const problems = [
      ...results.flatMap((r) => [
        ...problemsOf(`${r.id} conduit`, r.ours),
        ...(r.bare ? problemsOf(`${r.id} bare`, r.bare) : []),
      ]),
      ...results
        .filter((r) => r.bare && r.bare.non2xx > 0)
        .map((r) => `${r.id} bare: ${r.bare?.non2xx} non-2xx (bench bug)`),
      ...(combined
        ? [...problemsOf('S5 with S8', combined.s5), ...problemsOf('S8 with S5', combined.s8)]
        : []),
      ...(scale ? scale.scenarios.flatMap((s) => problemsOf(`${s.id} at scale`, s.scaled)) : []),
    ]
    const { databaseUrl: _omitted, ...shownOptions } = options
    const partial: Omit<BenchResults, 'targets'> = {
      startedAt,
      finishedAt: new Date().toISOString(),
      options: shownOptions,
      target: {
        mode: target.mode,
        database: options.databaseUrl ? 'postgres' : 'sqlite',
        url: target.url,
        pid: target.pid,
      },
      machine: {
        cpus: availableParallelism(),
        node: process.version,
        loadAverageAtStart: loadAtStart,
      },
      seed: { counts: data.counts, seconds: data.durationMs / 1000 },
      argon2,
      scenarios: results,
      combined,
      scale,
      rssAtStartMb,
      rssMb,
      problems,
    }
    const report: BenchResults = { ...partial, targets: evaluateTargets(partial) }
    process.stdout.write(`\n${formatReport(report)}\n`)
    process.stdout.write(`results: ${writeResults(report, repoRoot)}\n`)
    return problems.length > 0 ? 1 : 0
  } catch (error) {
    const death = target?.diagnose()
    if (death && error instanceof Error) error.message += `\n${death}`
    throw error
  } finally {
    for (const stop of stops.reverse()) await stop()
    rmSync(tmpDir, { recursive: true, force: true })
  }
}

// Ctrl-C: exit, and the exit hooks in api-process.ts and child.ts kill the API and bare server we started.
process.on('SIGINT', () => process.exit(130))

let options: BenchOptions | 'help'
try {
  options = parseOptions(process.argv.slice(2), process.env)
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(2)
}
if (options === 'help') {
  process.stdout.write(`${USAGE}\n`)
} else {
  ;(options.replicas > 0 ? runReplicas(options, log) : main(options)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
      process.stderr.write(
        `[bench] failed: ${error instanceof Error ? error.message : String(error)}${cause}\n`,
      )
      process.exit(1)
    },
  )
}
