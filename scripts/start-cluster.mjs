#!/usr/bin/env node
// The production topology on one machine: REPLICAS API processes (bundled build, plain node) on one
// PostgreSQL and one Redis, HAProxy in front of them with deploy/haproxy.cfg, and the static host in
// front of HAProxy, as Netlify is in front of the load balancer in production (docs/deploy.md).
// Ctrl-C or SIGTERM stops everything it started.
//
// Env: DATABASE_URL (postgres://…, required), REDIS_URL (required), REPLICAS (2), API_PORT (first
// replica's port, the others follow), LB_PORT, PORT (the host's); ports not given are free ones;
// PUBLISH_DIR (serve another folder and skip the web build). Everything else reaches the API as is.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildWebIfStale, root, waitUntilUp } from './web-build.mjs'

const STOP_TIMEOUT_MS = 15_000

function log(message) {
  console.log(`[cluster] ${message}`)
}

function fail(message) {
  console.error(`[cluster] ${message}`)
  process.exit(1)
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

function checkEnvironment() {
  const databaseUrl = process.env.DATABASE_URL ?? ''
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    fail(
      'DATABASE_URL must be a PostgreSQL URL (postgres://…): replicas cannot share a SQLite file. ' +
        'For one process on SQLite use `npm start`.',
    )
  if (!process.env.REDIS_URL)
    fail('REDIS_URL must name a Redis (redis://…): replicas share the sign-in rate-limit counters there.')
  const replicas = Number(process.env.REPLICAS ?? '2')
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) fail('REPLICAS must be 1..16')
  const haproxy = spawnSync('haproxy', ['-v'], { encoding: 'utf8' })
  if (haproxy.error)
    fail('haproxy is not installed: `apt-get install haproxy` (Debian/Ubuntu) and run this again.')
  return { replicas }
}

async function main() {
  const { replicas } = checkEnvironment()
  await buildWebIfStale(log)
  log('building the API bundle')
  if (spawnSync('npm', ['run', 'build', '-w', '@conduit/api'], { cwd: root, stdio: 'inherit' }).status !== 0)
    fail('the API build failed')

  const workDir = mkdtempSync(join(tmpdir(), 'conduit-cluster-'))
  const children = []
  let stopping = false
  const stopAll = async (reason, code) => {
    if (stopping) return
    stopping = true
    log(`${reason}; stopping`)
    // Front to back: the host and the load balancer stop taking requests before the replicas drain.
    for (const child of [...children].reverse()) if (child.exitCode === null) child.kill('SIGTERM')
    const deadline = Date.now() + STOP_TIMEOUT_MS
    while (children.some((child) => child.exitCode === null && child.signalCode === null)) {
      if (Date.now() > deadline) {
        for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
        break
      }
      await new Promise((wait) => setTimeout(wait, 100))
    }
    rmSync(workDir, { recursive: true, force: true })
    log('stopped')
    process.exit(code)
  }
  const spawnChild = (name, command, args, env) => {
    // detached: a terminal's Ctrl-C reaches only this script, which stops the children in order.
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, ...env },
    })
    children.push(child)
    child.on('exit', (code, signal) => void stopAll(`${name} exited (${signal ?? `code ${code}`})`, 1))
    return child
  }
  process.on('SIGINT', () => void stopAll('SIGINT received', 0))
  process.on('SIGTERM', () => void stopAll('SIGTERM received', 0))

  // One after the other: the first replica applies the migrations, the others find them applied.
  const firstPort = process.env.API_PORT ? Number(process.env.API_PORT) : null
  const servers = []
  for (let n = 1; n <= replicas; n++) {
    const port = firstPort ? firstPort + n - 1 : await freePort()
    const url = `http://127.0.0.1:${port}`
    const api = spawnChild(
      `replica ${n}`,
      process.execPath,
      ['--max-semi-space-size=2', 'apps/api/dist/server.js'],
      {
        HOST: '127.0.0.1',
        API_PORT: String(port),
      },
    )
    if (!(await waitUntilUp(`${url}/api/health`, api))) return stopAll(`replica ${n} did not start`, 1)
    log(`replica ${n}: ${url} (pid ${api.pid})`)
    servers.push(`  server replica${n} 127.0.0.1:${port}`)
  }

  const lbPort = process.env.LB_PORT ? Number(process.env.LB_PORT) : await freePort()
  const config = join(workDir, 'haproxy.cfg')
  writeFileSync(config, `${readFileSync(join(root, 'deploy/haproxy.cfg'), 'utf8')}${servers.join('\n')}\n`)
  const lbUrl = `http://127.0.0.1:${lbPort}`
  const haproxy = spawnChild('haproxy', 'haproxy', ['-W', '-db', '-f', config], {
    LB_BIND: `127.0.0.1:${lbPort}`,
    HAPROXY_SOCKET: join(workDir, 'haproxy.sock'),
  })
  if (!(await waitUntilUp(`${lbUrl}/api/health`, haproxy))) return stopAll('haproxy did not start', 1)
  log(`load balancer (HAProxy): ${lbUrl}  runtime socket ${join(workDir, 'haproxy.sock')}`)

  const hostPort = process.env.PORT || String(await freePort())
  const hostUrl = `http://127.0.0.1:${hostPort}`
  const host = spawnChild('host', process.execPath, ['--import', 'tsx', 'apps/host/src/server.ts'], {
    HOST: '127.0.0.1',
    PORT: hostPort,
    API_ORIGIN: lbUrl,
  })
  if (!(await waitUntilUp(`${hostUrl}/api/health`, host))) return stopAll('the host did not start', 1)
  log(`host: ${hostUrl}  (Ctrl-C to stop)`)
}

main().catch((error) => fail(error.message))
