import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { type NewUser, newUser, type SignedUpUser, signUp } from './sign-up'

/**
 * The API as a real process, for what `app.inject` cannot give: several replicas, signals, crashes,
 * memory. The scale-out test, the fault and load runs and bench all start it here. One process (no npx or
 * tsx wrapper in between), so its pid is the server's own and a signal reaches it directly.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const API_DIR = resolve(REPO_ROOT, 'apps/api')

export type StartOptions = {
  /** Run `apps/api/dist/server.js` (built by the caller) with plain node, as `npm start` does, instead of
   * the source through tsx, whose loader alone costs ~40 MB. */
  bundled?: boolean
  healthTimeoutMs?: number
  /** A fixed port, to restart a replica where its load balancer expects it; a free one otherwise. */
  port?: number
}

// Started processes die with this one, even if a test or a tool crashes before stopping them.
const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export type ApiProcess = {
  url: string
  pid: number
  child: ChildProcess
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Sends the signal (SIGTERM by default) and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Resident memory from /proc/<pid>/status, in MiB. */
  rssMiB: () => number
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

export async function waitForHealth(url: string, timeoutMs = 30_000, wanted = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1_000) })
      if (response.status === wanted) return
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new Error(`${url} did not answer /api/health with ${wanted} within ${timeoutMs} ms`)
}

/**
 * Starts one API process on a free port with test defaults (no demo data, quiet logs), which `env`
 * overrides, and waits until it is healthy.
 */
export async function startApi(env: Record<string, string>, options: StartOptions = {}): Promise<ApiProcess> {
  const apiPort = options.port ?? (await freePort())
  let output = ''
  // The bundle runs with the production flags of `npm start` (docs/decisions/018: a small young generation).
  const args = options.bundled
    ? ['--max-semi-space-size=2', 'dist/server.js']
    : ['--import', 'tsx', 'src/server.ts']
  const child = spawn(process.execPath, args, {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      API_PORT: String(apiPort),
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'process-test-secret-that-is-long-enough-000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  running.add(child)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => {
      running.delete(child)
      done({ code, signal })
    }),
  )
  const url = `http://127.0.0.1:${apiPort}`
  const pid = child.pid ?? 0
  const api: ApiProcess = {
    url,
    pid,
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
    rssMiB() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
      return Math.round((kib / 1024) * 10) / 10
    },
  }
  try {
    await Promise.race([
      waitForHealth(url, options.healthTimeoutMs),
      exited.then(({ code }) => {
        throw new Error(`API exited with ${code} before it was healthy:\n${output}`)
      }),
    ])
  } catch (error) {
    // CPU seconds used tell a starved start (little CPU) from a stuck one (little CPU, idle) or a busy one.
    const cpu = cpuSeconds(pid)
    await api.stop('SIGKILL')
    throw new Error(
      `${error instanceof Error ? error.message : error} (it used ${cpu} s of CPU)\nits output:\n${output}`,
    )
  }
  return api
}

/**
 * The bundle (`npm run build -w @conduit/api` makes it), as production runs it. Start-up is CPU-bound
 * (loading modules, compiling schemas: about 1 s of CPU, several with tsx transforming the sources), so on a
 * busy machine the bundle is what restarts within seconds; for tests that stop and start the API while other
 * processes keep the CPU busy.
 */
export async function startBundledApi(env: Record<string, string>, port?: number): Promise<ApiProcess> {
  const bundle = resolve(API_DIR, 'dist/server.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build -w @conduit/api\``)
  return startApi(env, { bundled: true, ...(port ? { port } : {}) })
}

/** User + system CPU time of a live process, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number | string {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 'unknown'
  }
}

/** A brand-new PostgreSQL database beside the one `adminUrl` names, dropped by `drop()`. */
export async function createScratchDatabase(adminUrl: string, prefix = 'conduit_scratch') {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

/** JSON over HTTP with the status, for tests that talk to real processes. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `Token ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json }
}

/** Signs a new user up with the API at `base` (see sign-up.ts). */
export function signUpAt(base: string, user: NewUser = newUser()): Promise<SignedUpUser> {
  return signUp(async (path, body) => call(base, 'POST', path, { body }), user)
}
