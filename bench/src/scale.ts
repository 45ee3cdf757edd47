// Optional --scale: grow the data set to N articles through the API, then rerun S1–S3 and S9 (Conduit only)
// and compare with the figures at the base size. Lists must not slow down with the table (indexes, no
// scans); search has its own target at scale: p99 ≤ 20 ms (issue 12).
import type { ApiClient } from './api-client'
import { type LoadSettings, measure } from './load'
import type { BenchOptions } from './options'
import { createPrng } from './prng'
import type { ScaleResult, ScenarioResult } from './results'
import { buildScenarios } from './scenarios'
import { createArticles, refreshTokens, type SeededData } from './seed'

const BATCH = 5000

export async function runScale(
  api: ApiClient,
  data: SeededData,
  base: ScenarioResult[],
  options: BenchOptions,
  settings: LoadSettings,
  url: string,
  log: (message: string) => void,
): Promise<ScaleResult> {
  const listed = await api.call('GET', '/api/articles?limit=1')
  const existing = Number((listed as { articlesCount?: unknown }).articlesCount ?? Number.NaN)
  if (!Number.isFinite(existing))
    throw new Error(`articlesCount missing in ${JSON.stringify(listed).slice(0, 200)}`)

  const started = performance.now()
  const prng = createPrng(options.seed + 2)
  // Tokens are refreshed per batch: seeding 50,000 articles can outlast an access token.
  for (let done = 0, missing = options.scale - existing; done < missing; done += BATCH) {
    await refreshTokens(api, data.users, options.seedConcurrency)
    const count = Math.min(BATCH, missing - done)
    await createArticles(api, data.users, prng, 100_000 + done, count, 32)
    log(`scale: ${existing + done + count}/${options.scale} articles`)
  }
  const seedSeconds = Math.round(performance.now() - started) / 1000

  await refreshTokens(api, data.users, options.seedConcurrency)
  const scenarios = buildScenarios(data, options.seed, 'scale').filter((s) =>
    ['S1', 'S2', 'S3', 'S9'].includes(s.id),
  )
  const result: ScaleResult = { articles: Math.max(options.scale, existing), seedSeconds, scenarios: [] }
  for (const s of scenarios) {
    const before = base.find((b) => b.id === s.id)
    if (!before) continue
    const scaled = await measure(url, s, settings)
    log(`${s.id} at scale: ${scaled.reqPerSec} req/s, p99 ${scaled.p99Ms} ms`)
    result.scenarios.push({
      id: s.id,
      baseReqPerSec: before.ours.reqPerSec,
      scaledReqPerSec: scaled.reqPerSec,
      scaled,
    })
  }
  return result
}
