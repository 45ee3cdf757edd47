// The targets, checked against one run. They are reported, never enforced by the exit code.
import type { BenchResults, Target } from './results'
import type { ScenarioId } from './scenarios'

const pct = (x: number) => `${Math.round(x * 100)}%`

function ratioFloor(id: ScenarioId, database: BenchResults['target']['database']): number {
  if (id === 'S6' || id === 'S7') return 0.25
  if (database === 'postgres') return 0.35
  return id === 'S5' ? 0.6 : 0.5
}

export function evaluateTargets(r: Omit<BenchResults, 'targets'>): Target[] {
  const targets: Target[] = []
  for (const s of r.scenarios) {
    if (s.ratio !== null) {
      const floor = ratioFloor(s.id, r.target.database)
      targets.push({
        scenario: s.id,
        name: 'ratio to bare',
        actual: pct(s.ratio),
        threshold: `≥ ${pct(floor)}`,
        pass: s.ratio >= floor,
      })
    }
    if (s.kind === 'read') {
      targets.push({
        scenario: s.id,
        name: 'p99',
        actual: `${s.ours.p99Ms} ms`,
        threshold: '≤ 20 ms',
        pass: s.ours.p99Ms <= 20,
      })
    }
    if (s.kind === 'login' && r.argon2) {
      const share = s.ours.reqPerSec / r.argon2.hashesPerSec
      targets.push({
        scenario: s.id,
        name: 'sign-ins / argon2id hash rate',
        actual: `${pct(share)} (${s.ours.reqPerSec} / ${r.argon2.hashesPerSec} per s)`,
        threshold: '≥ 90%',
        pass: share >= 0.9,
      })
    }
  }
  if (r.combined) {
    const p99 = r.combined.s5.p99Ms
    targets.push({
      scenario: 'S5',
      name: 'p99 while S8 runs',
      actual: `${p99} ms`,
      threshold: '≤ 50 ms',
      pass: p99 <= 50,
    })
  }
  for (const s of r.scale?.scenarios ?? []) {
    if (s.id === 'S9') {
      targets.push({
        scenario: s.id,
        name: `p99 at ${r.scale?.articles} articles`,
        actual: `${s.scaled.p99Ms} ms`,
        threshold: '≤ 20 ms',
        pass: s.scaled.p99Ms <= 20,
      })
      continue
    }
    const loss = 1 - s.scaledReqPerSec / s.baseReqPerSec
    targets.push({
      scenario: s.id,
      name: `throughput loss at ${r.scale?.articles} articles`,
      actual: loss >= 0 ? pct(loss) : `none (${pct(-loss)} faster)`,
      threshold: '≤ 20%',
      pass: loss <= 0.2,
    })
  }
  if (r.rssMb !== null) {
    targets.push({
      scenario: null,
      name: 'API VmRSS after the run',
      actual: `${r.rssMb} MB`,
      threshold: '< 150 MB',
      pass: r.rssMb < 150,
    })
  }
  return targets
}
