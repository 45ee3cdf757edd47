// Drives autocannon: one discarded warm-up run (JIT, caches, connection setup), then the measured run.
import autocannon, { type RequestStep, type Result } from 'autocannon'
import { type RequestVariant, type Scenario, UNIQUE_MARK } from './scenarios'

export interface LoadSettings {
  connections: number
  warmupSeconds: number
  durationSeconds: number
}

export interface LoadFigures {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  status5xx: number
  errors: number
  timeouts: number
  statusCodes: Record<string, number>
}

// One counter for the whole process keeps "unique" bodies unique across warm-up, measured and capture runs.
let uniqueCounter = 0
export function nextUnique(): string {
  uniqueCounter += 1
  return String(uniqueCounter)
}

export function materialize(variant: RequestVariant): RequestVariant {
  if (!variant.body?.includes(UNIQUE_MARK)) return variant
  return { ...variant, body: variant.body.replaceAll(UNIQUE_MARK, nextUnique()) }
}

function toSteps(scenario: Scenario): RequestStep[] {
  // Static variants are pre-built into buffers by autocannon; only unique bodies pay for a rebuild.
  return scenario.variants.map((variant) => {
    const fixed = { method: variant.method, path: variant.path, headers: variant.headers, body: variant.body }
    if (!variant.body?.includes(UNIQUE_MARK)) return fixed
    return {
      ...fixed,
      setupRequest: (request) => ({ ...request, ...materialize(variant), headers: { ...variant.headers } }),
    }
  })
}

async function runOnce(
  url: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<Result> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: toSteps(scenario),
  })
  // autocannon stops with up to `connections` requests in flight, and the server still finishes them. For
  // slow requests (S8: ~1 s of argon2 each under load) that backlog would eat into the next run's window
  // (or the bare server's CPU), so wait about as long as the slowest request took.
  await new Promise((resolve) => setTimeout(resolve, Math.min(result.latency.max, 5000)))
  return result
}

export function summarize(result: Result): LoadFigures {
  const statusCodes: Record<string, number> = {}
  let status5xx = 0
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) {
    statusCodes[code] = Number(count)
    if (code.startsWith('5')) status5xx += Number(count)
  }
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    status5xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  }
}

export async function measure(url: string, scenario: Scenario, settings: LoadSettings): Promise<LoadFigures> {
  if (settings.warmupSeconds > 0) await runOnce(url, scenario, settings.connections, settings.warmupSeconds)
  return summarize(await runOnce(url, scenario, settings.connections, settings.durationSeconds))
}

/** Several scenarios at once against one server (e.g. S5 while S8 saturates the CPU with argon2). */
export async function measureTogether(
  url: string,
  scenarios: readonly Scenario[],
  settings: LoadSettings,
): Promise<LoadFigures[]> {
  if (settings.warmupSeconds > 0) {
    await Promise.all(scenarios.map((s) => runOnce(url, s, settings.connections, settings.warmupSeconds)))
  }
  const results = await Promise.all(
    scenarios.map((s) => runOnce(url, s, settings.connections, settings.durationSeconds)),
  )
  return results.map(summarize)
}
