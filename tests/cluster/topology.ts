import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  type ApiProcess,
  freePort,
  REPO_ROOT,
  startBundledApi,
  waitForHealth,
} from '../../apps/api/test/api-process'

/**
 * The production topology from the same pieces as `npm run start:cluster`: API replicas (real
 * processes), HAProxy running deploy/haproxy.cfg with the replica lines appended, and apps/host in
 * front, forwarding /api/* to HAProxy as Netlify forwards to the platform's load balancer.
 */

export function haproxyMissing(): boolean {
  return spawnSync('haproxy', ['-v']).error !== undefined
}

type Child = { child: ChildProcess; exited: Promise<unknown>; output: () => string }

function spawnChild(command: string, args: string[], env: Record<string, string>): Child {
  let output = ''
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise((done) => child.on('exit', done))
  return { child, exited, output: () => output }
}

async function stopChild({ child, exited }: Child): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  await exited
}

/** A replica runs the bundle with plain node, as start:cluster and production do. */
export type Replica = ApiProcess

export type ServerStat = { status: string; sessionsTotal: number; sessionsNow: number }

export type Cluster = {
  hostUrl: string
  lbUrl: string
  replicas: Replica[]
  ports: number[]
  /** Starts replica `index` again on its port (after a kill or a stop). */
  restart: (index: number) => Promise<Replica>
  /** HAProxy's view of replica `index` (`UP`, `DOWN`, `DRAIN`, …) from its runtime API. */
  stat: (index: number) => Promise<ServerStat>
  /** Sets replica `index` to `drain` (no new requests) or `ready` through the runtime API. */
  setState: (index: number, state: 'drain' | 'ready') => Promise<void>
  stop: () => Promise<void>
}

async function runtimeCommand(socket: string, command: string): Promise<string> {
  return new Promise((done, reject) => {
    let text = ''
    const connection = connect(socket, () => connection.write(`${command}\n`))
    connection.on('data', (chunk) => {
      text += chunk.toString()
    })
    connection.on('end', () => done(text))
    connection.on('error', reject)
  })
}

export async function startCluster(count: number, apiEnv: Record<string, string>): Promise<Cluster> {
  const workDir = mkdtempSync(join(tmpdir(), 'conduit-cluster-'))
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()))
  const replicas: Replica[] = []
  const children: Child[] = []
  const stop = async () => {
    await Promise.all(children.reverse().map(stopChild))
    await Promise.all(replicas.map((replica) => replica.stop('SIGKILL')))
    rmSync(workDir, { recursive: true, force: true })
  }
  try {
    const build = spawnSync('npm', ['run', 'build', '-w', '@conduit/api'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    })
    if (build.status !== 0) throw new Error('the API build failed')
    // One after the other: the first applies the migrations.
    for (const port of ports) replicas.push(await startBundledApi(apiEnv, port))

    const lbPort = await freePort()
    const socket = join(workDir, 'haproxy.sock')
    const config = join(workDir, 'haproxy.cfg')
    const servers = ports.map((port, index) => `  server replica${index + 1} 127.0.0.1:${port}`)
    const template = readFileSync(resolve(REPO_ROOT, 'deploy/haproxy.cfg'), 'utf8')
    writeFileSync(config, `${template}${servers.join('\n')}\n`)
    children.push(
      spawnChild('haproxy', ['-W', '-db', '-f', config], {
        LB_BIND: `127.0.0.1:${lbPort}`,
        HAPROXY_SOCKET: socket,
      }),
    )
    const lbUrl = `http://127.0.0.1:${lbPort}`
    await waitForHealth(lbUrl, 15_000)

    const hostPort = await freePort()
    const publishDir = join(workDir, 'site')
    spawnSync('mkdir', ['-p', publishDir])
    writeFileSync(join(publishDir, 'index.html'), '<!doctype html><title>Conduit</title>')
    children.push(
      spawnChild(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'apps/host/src/server.ts')], {
        HOST: '127.0.0.1',
        PORT: String(hostPort),
        API_ORIGIN: lbUrl,
        PUBLISH_DIR: publishDir,
        LOG_LEVEL: 'warn',
      }),
    )
    const hostUrl = `http://127.0.0.1:${hostPort}`
    await waitForHealth(hostUrl, 20_000)

    return {
      hostUrl,
      lbUrl,
      replicas,
      ports,
      async restart(index) {
        const replica = await startBundledApi(apiEnv, ports[index] ?? 0)
        replicas[index] = replica
        return replica
      },
      async stat(index) {
        const csv = await runtimeCommand(socket, 'show stat')
        const [header = '', ...rows] = csv.trim().split('\n')
        const columns = header.replace(/^# /, '').split(',')
        const row = rows
          .map((line) => line.split(','))
          .find((fields) => fields[0] === 'api_replicas' && fields[1] === `replica${index + 1}`)
        const field = (name: string) => row?.[columns.indexOf(name)] ?? ''
        return {
          status: field('status'),
          sessionsTotal: Number(field('stot')),
          sessionsNow: Number(field('scur')),
        }
      },
      async setState(index, state) {
        const answer = await runtimeCommand(
          socket,
          `set server api_replicas/replica${index + 1} state ${state}`,
        )
        if (answer.trim() !== '') throw new Error(`haproxy refused ${state}: ${answer.trim()}`)
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
