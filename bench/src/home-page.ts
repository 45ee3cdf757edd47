// `npm run bench:home`: how long the home page takes to show articles in headless Chromium, through the
// whole system as `npm start` runs it (built app, static host, API with demo data on a fresh SQLite file).
// Target: articles visible within 1 s of navigation. Like the other figures, a miss is reported, not fatal.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium'

const ROOT = resolve(import.meta.dirname, '../..')
const API_PORT = Number(process.env.BENCH_HOME_API_PORT ?? 3290)
const HOST_PORT = Number(process.env.BENCH_HOME_PORT ?? 8290)
const URL = `http://127.0.0.1:${HOST_PORT}/`
const NAVIGATIONS = 10
const TARGET_MS = 1000

async function waitUntilUp(url: string, system: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (system.exitCode !== null) throw new Error(`npm start exited with ${system.exitCode}`)
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolveWait) => setTimeout(resolveWait, 250))
  }
  throw new Error(`${url} did not answer within 120 s`)
}

function stop(system: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (system.exitCode !== null) return resolveStop()
    system.once('exit', () => resolveStop())
    system.kill('SIGTERM')
  })
}

const dataDir = mkdtempSync(join(tmpdir(), 'conduit-home-'))
const system = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    API_PORT: String(API_PORT),
    PORT: String(HOST_PORT),
    DATABASE_URL: `sqlite:${join(dataDir, 'home.sqlite')}`,
    SEED_DEMO: '1',
    LOG_LEVEL: 'warn',
  },
})

try {
  await waitUntilUp(`${URL}api/health`, system)
  await waitUntilUp(URL, system)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const timings: number[] = []
  try {
    for (let i = 0; i < NAVIGATIONS; i++) {
      // A fresh context each time: nothing cached, as for a first visit.
      const context = await browser.newContext()
      const page = await context.newPage()
      const started = performance.now()
      await page.goto(URL, { waitUntil: 'commit' })
      await page.locator('.article-preview h2').first().waitFor({ state: 'visible', timeout: 10_000 })
      timings.push(performance.now() - started)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  timings.sort((a, b) => a - b)
  const median = timings[Math.floor(timings.length / 2)] ?? Number.NaN
  const worst = timings[timings.length - 1] ?? Number.NaN
  const verdict = worst <= TARGET_MS ? 'PASS' : 'FAIL'
  console.log(
    `home page: articles visible after ${median.toFixed(0)} ms (median of ${NAVIGATIONS} first visits), ` +
      `slowest ${worst.toFixed(0)} ms; target ≤ ${TARGET_MS} ms ${verdict}`,
  )
} finally {
  await stop(system)
  rmSync(dataDir, { recursive: true, force: true })
}
