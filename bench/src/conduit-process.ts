// Starts a private Conduit API for one benchmark run: fresh database, no demo data, no auth rate limits,
// quiet logs, a free port on 127.0.0.1. The process is the API itself, so its VmRSS is the API's memory.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { freePort, type OwnedProcess, spawnTs } from './child'

export interface ConduitServer {
  url: string
  process: OwnedProcess
}

export async function startConduit(options: {
  repoRoot: string
  databaseUrl: string
}): Promise<ConduitServer> {
  const port = await freePort()
  const apiDir = join(options.repoRoot, 'apps/api')
  // The API as `npm start` runs it: bundled once, then plain node (tsx's loader alone costs ~40 MB).
  execFileSync('npm', ['run', 'build', '-w', '@conduit/api'], { cwd: options.repoRoot, stdio: 'ignore' })
  const proc = spawnTs('dist/server.js', [], {
    compiled: true,
    cwd: apiDir,
    env: {
      ...process.env,
      API_PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_ACCOUNT: '0',
      AUTH_RATE_LIMIT_IP: '0',
      // Measure what deploys; an explicit secret also keeps the API from writing one into apps/api/data.
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64url'),
      // Long enough that no token seeded at the start expires during a long --scale run.
      ACCESS_TOKEN_TTL: '7200',
    },
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, proc, 60_000)
  return { url, process: proc }
}

async function waitForHealth(url: string, proc: OwnedProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null)
      throw new Error(`Conduit exited with ${proc.child.exitCode}:\n${proc.tail()}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `Conduit did not answer GET /api/health with 200 within ${timeoutMs / 1000} s:\n${proc.tail()}`,
  )
}
