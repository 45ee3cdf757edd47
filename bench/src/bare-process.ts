// Launches bare-server.ts in its own process, waits for its port, and hands it captured responses.
import { join } from 'node:path'
import type { CapturedResponse } from './capture'
import { type OwnedProcess, spawnTs } from './child'

export interface BareServer {
  url: string
  process: OwnedProcess
  /** adds responses to replay; resolves once the server holds them */
  load(captured: CapturedResponse[]): Promise<void>
}

export async function startBareServer(repoRoot: string): Promise<BareServer> {
  const proc = spawnTs(join(repoRoot, 'bench/src/bare-server.ts'), [], { cwd: repoRoot, ipc: true })
  const { child } = proc
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString())
      if (match) {
        child.stdout?.off('data', onData)
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`bare server exited (${code}): ${proc.tail()}`)))
  })
  const load = (captured: CapturedResponse[]) =>
    new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve())
      child.send(captured, (error) => error && reject(error))
    })
  return { url: `http://127.0.0.1:${port}`, process: proc, load }
}
