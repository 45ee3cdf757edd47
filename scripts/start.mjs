#!/usr/bin/env node
// Whole-system start: build the web app if its build is missing or stale, then run the API and the
// static host (which serves the build and forwards /api) until Ctrl-C/SIGTERM or until either dies.
//
// Env: API_PORT (3000), PORT (8080, the host), API_ORIGIN (defaults to the API started here),
// PUBLISH_DIR (serve another folder and skip the build). Everything else reaches the children as is.
// Without SMTP_URL, a local mail catcher (apps/api/scripts/mail-catcher.ts) receives the API's mail; its
// ports are MAIL_CATCHER_PORT (1080) and MAIL_CATCHER_SMTP_PORT (1025), or free ones when those are taken.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildWebIfStale, root, waitUntilUp } from './web-build.mjs'

const apiPort = process.env.API_PORT || '3000'
const hostPort = process.env.PORT || '8080'
const hostAddress = process.env.HOST || '127.0.0.1'
const STOP_TIMEOUT_MS = 10_000
const CATCHER_START_MS = 20_000

function log(message) {
  console.log(`[start] ${message}`)
}

/**
 * On a Node older than package.json's `engines` (a plain `>=major.minor`), say so in one line and stop,
 * instead of crashing later inside a dependency (docs/decisions/007-node-versions.md).
 */
function requireSupportedNode() {
  const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node ?? ''
  const minimum = /^>=\s*(\d+)(?:\.(\d+))?/.exec(wanted)
  if (!minimum) return
  const [major, minor] = process.versions.node.split('.').map(Number)
  const [wantedMajor, wantedMinor] = [Number(minimum[1]), Number(minimum[2] ?? 0)]
  if (major > wantedMajor || (major === wantedMajor && minor >= wantedMinor)) return
  console.error(
    `[start] Conduit needs Node ${wanted} (this is Node ${process.versions.node}); see README, Requirements.`,
  )
  process.exit(1)
}

function run(command, args, options = {}) {
  return spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
}

/**
 * Starts the mail catcher and resolves with its URLs, or with null when it could not start: mail then goes to
 * the API's log, and the app starts anyway.
 */
function startMailCatcher() {
  const catcher = spawn(process.execPath, ['--import', 'tsx', 'apps/api/scripts/mail-catcher.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolveStart) => {
    let output = ''
    let settled = false
    const give = (result, reason) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (!result) {
        log(`mail catcher not started (${reason}); mail goes to the API's log`)
        if (catcher.exitCode === null) catcher.kill('SIGTERM')
      }
      resolveStart(result ? { child: catcher, ...result } : null)
    }
    const timer = setTimeout(() => give(null, 'no answer'), CATCHER_START_MS)
    catcher.on('error', (error) => give(null, error.message))
    catcher.on('exit', (code) => give(null, `exit ${code}`))
    catcher.stdout.on('data', (chunk) => {
      output += chunk
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"event":"ready"'))
      if (!line) return
      catcher.removeAllListeners('exit')
      catcher.on('exit', (code) =>
        log(`mail catcher exited (code ${code}); mail sends will fail and be logged`),
      )
      const { smtpUrl, webUrl } = JSON.parse(line)
      give({ smtpUrl, webUrl })
    })
  })
}

async function main() {
  requireSupportedNode()
  await buildWebIfStale(log)

  // Each child gets its own process group: a terminal's Ctrl-C reaches only this script, which
  // then stops the children once, in order, instead of every process receiving it at the same time.
  const children = new Map()
  const spawnChild = (name, args, env) => {
    const child = run('npm', args, { detached: true, env: { ...process.env, ...env } })
    children.set(name, child)
    return child
  }
  const catcher = process.env.SMTP_URL ? null : await startMailCatcher()
  const api = spawnChild('api', ['run', 'start', '-w', '@conduit/api'], {
    API_PORT: apiPort,
    // Links in mail point at the host started here.
    PORT: hostPort,
    ...(catcher ? { SMTP_URL: catcher.smtpUrl } : {}),
  })
  const host = spawnChild('host', ['run', 'start', '-w', '@conduit/host'], {
    PORT: hostPort,
    API_ORIGIN: process.env.API_ORIGIN || `http://127.0.0.1:${apiPort}`,
  })

  const isGroupAlive = (child) => {
    try {
      process.kill(-child.pid, 0)
      return true
    } catch {
      return false
    }
  }
  const signalGroup = (child, signal) => {
    if (isGroupAlive(child)) process.kill(-child.pid, signal)
  }

  // npm does not reliably relay signals (not at all while it is still starting), so each child's
  // whole process group (npm, sh, tsx, node) is signalled, and we wait for every group to empty.
  let stopping = false
  let exitCode = 0
  const stop = async (reason, code) => {
    if (stopping) return
    stopping = true
    exitCode = code
    log(`${reason}; stopping`)
    if (catcher) signalGroup(catcher.child, 'SIGTERM')
    for (const child of children.values()) signalGroup(child, 'SIGTERM')
    const deadline = Date.now() + STOP_TIMEOUT_MS
    while ([...children.values()].some(isGroupAlive) && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 100))
    }
    for (const child of children.values()) signalGroup(child, 'SIGKILL')
    if (catcher) signalGroup(catcher.child, 'SIGKILL')
    log('stopped')
    process.exit(exitCode)
  }

  for (const [name, child] of children) {
    child.on('exit', (code, signal) => void stop(`${name} exited (${signal ?? `code ${code}`})`, code || 1))
  }
  process.on('SIGINT', () => void stop('SIGINT received', 0))
  process.on('SIGTERM', () => void stop('SIGTERM received', 0))

  // The API is probed directly: through the host, every probe before it listens would be a 503
  // and a warning in the host's log.
  const url = `http://${hostAddress}:${hostPort}`
  const ready =
    (await waitUntilUp(`http://127.0.0.1:${apiPort}/api/health`, api)) &&
    (await waitUntilUp(`${url}/`, host)) &&
    (await waitUntilUp(`${url}/api/health`, host))
  if (ready && !stopping) {
    log(`Conduit is running: open ${url}  (Ctrl-C to stop)`)
    if (catcher) log(`mail catcher: ${catcher.webUrl}  (mail the app sends lands here)`)
  }
}

main().catch((error) => {
  console.error(`[start] ${error.message}`)
  process.exit(1)
})
