import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The host as `npm start` runs it, for what only the process shows: its exit on bad configuration and
// the lines it logs.

const SERVER = resolve(fileURLToPath(import.meta.url), '../server.ts')

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  await new Promise((done) => server.close(done))
  return typeof address === 'object' && address ? address.port : 0
}

function startHost(env: Record<string, string>) {
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return { child, exited, output: () => output }
}

describe('host process', () => {
  let publishDir: string
  beforeAll(async () => {
    publishDir = await mkdtemp(join(tmpdir(), 'conduit-host-'))
    await writeFile(join(publishDir, 'index.html'), '<!doctype html>')
  })
  afterAll(() => rm(publishDir, { recursive: true, force: true }))

  it('refuses a list of API origins with one line that points to a load balancer', async () => {
    const host = startHost({
      PORT: String(await freePort()),
      PUBLISH_DIR: publishDir,
      API_ORIGIN: 'http://127.0.0.1:3001,http://127.0.0.1:3002',
    })
    expect(await host.exited).toBe(1)
    const lines = host.output().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/API_ORIGIN takes one origin.*load balancer.*start:cluster/)
  }, 20_000)

  it('logs a refused API connection as one warning without a stack, and no error', async () => {
    const port = await freePort()
    const host = startHost({
      PORT: String(port),
      PUBLISH_DIR: publishDir,
      API_ORIGIN: `http://127.0.0.1:${await freePort()}`,
    })
    try {
      let status = 0
      for (let attempt = 0; attempt < 100 && status === 0; attempt++) {
        status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (response) => response.status,
          async () => {
            await new Promise((wait) => setTimeout(wait, 100))
            return 0
          },
        )
      }
      expect(status).toBe(503)
      await new Promise((wait) => setTimeout(wait, 200))
      const entries = host
        .output()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { level: number; err?: { stack?: string; code?: string } })
      const warnings = entries.filter((entry) => entry.level === 40)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]?.err).toMatchObject({ code: 'ECONNREFUSED' })
      expect(warnings[0]?.err?.stack).toBeUndefined()
      expect(entries.filter((entry) => entry.level >= 50)).toEqual([])
    } finally {
      host.child.kill('SIGTERM')
      await host.exited
    }
  }, 20_000)
})
