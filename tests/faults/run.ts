import { parseArgs } from 'node:util'
import { killDuringWrites, type ScenarioResult } from './kill-during-writes'
import { postgresOutage } from './postgres-outage'
import { sigtermUnderLoad } from './sigterm-under-load'

/**
 * Fault scenarios against real API processes. `npm run test:faults [-- --duration 2]`.
 * PostgreSQL scenarios need TEST_DATABASE_URL (a database the runner may create scratch databases beside);
 * the outage scenario also stops and starts the machine's PostgreSQL for a few seconds (`--skip-outage` leaves it out).
 */

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '4' },
    only: { type: 'string' },
    'skip-outage': { type: 'boolean', default: false },
  },
})
const seconds = Number(values.duration)
if (!Number.isFinite(seconds) || seconds <= 0)
  throw new Error('--duration must be a positive number of seconds')
const adminUrl = process.env.TEST_DATABASE_URL

type Scenario = { id: string; run: () => Promise<ScenarioResult> | null }
const scenarios: Scenario[] = [
  { id: 'kill-sqlite', run: () => killDuringWrites('sqlite', seconds, undefined) },
  { id: 'kill-postgres', run: () => (adminUrl ? killDuringWrites('postgres', seconds, adminUrl) : null) },
  {
    id: 'postgres-outage',
    run: () => (adminUrl && !values['skip-outage'] ? postgresOutage(seconds, adminUrl) : null),
  },
  { id: 'sigterm', run: () => sigtermUnderLoad(seconds) },
]

const wanted = values.only?.split(',')
let passed = 0
let failed = 0
let skipped = 0
for (const scenario of scenarios) {
  if (wanted && !wanted.includes(scenario.id)) continue
  const running = scenario.run()
  if (!running) {
    skipped++
    console.log(`- ${scenario.id}: skipped (set TEST_DATABASE_URL)`)
    continue
  }
  try {
    const result = await running
    if (result.ok) passed++
    else failed++
    console.log(`${result.ok ? '✓' : '✗'} ${result.name}: ${result.details}`)
  } catch (error) {
    failed++
    console.log(`✗ ${scenario.id}: ${error instanceof Error ? error.stack : String(error)}`)
  }
}
console.log(`faults: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
