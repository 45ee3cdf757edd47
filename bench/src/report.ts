// Human table on stdout and the same figures as JSON for machines.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchResults, Target } from './results'

type Row = string[]

function table(rows: Row[], rightAligned: Set<number>): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? []
  return rows
    .map((row) =>
      row
        .map((cell, col) =>
          rightAligned.has(col) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

const verdict = (t: Target) => `${t.name} ${t.actual} ${t.threshold} ${t.pass ? 'PASS' : 'FAIL'}`

export function formatReport(r: BenchResults): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'bare req/s',
    'bare p99',
    'ratio',
    'targets',
  ]
  const rows: Row[] = [header]
  for (const s of r.scenarios) {
    const targets = r.targets.filter(
      (t) => t.scenario === s.id && t.name !== 'p99 while S8 runs' && !t.name.includes('loss'),
    )
    rows.push([
      `${s.id} ${s.title}`,
      String(s.ours.reqPerSec),
      String(s.ours.p50Ms),
      String(s.ours.p99Ms),
      String(s.ours.non2xx),
      String(s.ours.errors),
      s.bare ? String(s.bare.reqPerSec) : '-',
      s.bare ? String(s.bare.p99Ms) : '-',
      s.ratio === null ? '-' : `${Math.round(s.ratio * 100)}%`,
      targets.map(verdict).join('; '),
    ])
  }
  const lines = [
    `Conduit benchmark ${r.startedAt} · ${r.target.database} · ${r.target.mode} ${r.target.url} · ` +
      `${r.options.connections} connections · ${r.options.warmupSeconds} s warm-up + ${r.options.durationSeconds} s`,
    `seed: ${Object.entries(r.seed.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} in ${r.seed.seconds} s`,
    '',
    table(rows, new Set([1, 2, 3, 4, 5, 6, 7, 8])),
    '',
  ]
  if (r.argon2) {
    lines.push(
      `argon2id m=19456,t=2,p=1: ${r.argon2.hashesPerSec} hashes/s (${r.argon2.workers} in parallel, ${r.argon2.seconds} s)`,
    )
  }
  if (r.combined) {
    const { s5, s8 } = r.combined
    lines.push(
      `S5 while S8 runs: ${s5.reqPerSec} req/s, p99 ${s5.p99Ms} ms (S8 ${s8.reqPerSec} req/s, non-2xx ${s5.non2xx + s8.non2xx})`,
    )
  }
  if (r.scale) {
    lines.push(`scale: ${r.scale.articles} articles (seeded in ${r.scale.seedSeconds} s)`)
    for (const s of r.scale.scenarios) {
      lines.push(`  ${s.id}: ${s.baseReqPerSec} → ${s.scaledReqPerSec} req/s, p99 ${s.scaled.p99Ms} ms`)
    }
  }
  if (r.rssMb !== null)
    lines.push(`API VmRSS: ${r.rssAtStartMb ?? '?'} MB when bench began, ${r.rssMb} MB after the run`)
  const other = r.targets.filter(
    (t) => t.scenario === null || t.name === 'p99 while S8 runs' || t.name.includes('loss'),
  )
  for (const t of other) lines.push(`target: ${t.scenario ? `${t.scenario} ` : ''}${verdict(t)}`)
  const load = r.machine.loadAverageAtStart
  if (load > r.machine.cpus / 2) {
    lines.push(
      `WARNING: load average ${load.toFixed(1)} on ${r.machine.cpus} cores before the run: other work shares the CPU, figures are unreliable`,
    )
  }
  const passed = r.targets.filter((t) => t.pass).length
  lines.push(`targets: ${passed}/${r.targets.length} pass`)
  for (const p of r.problems) lines.push(`PROBLEM: ${p}`)
  return lines.join('\n')
}

/** Writes bench-results/<timestamp>.json under the repo root and returns its path. */
export function writeResults(r: BenchResults, repoRoot: string): string {
  const dir = join(repoRoot, 'bench-results')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${r.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`)
  return file
}
