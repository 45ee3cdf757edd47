// Starting and stopping the bare server's process (Conduit itself starts through apps/api/test/api-process.ts).
// It is stopped by its own pid, and again on exit in case bench itself dies mid-run.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface OwnedProcess {
  readonly pid: number
  readonly child: ChildProcess
  /** last lines of stdout/stderr, for error messages */
  tail(): string
  stop(): Promise<void>
}

const owned = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of owned) child.kill('SIGKILL')
})

/** Runs a TypeScript entry with `node --import tsx`, so the pid we hold is the server itself (for VmRSS). */
export function spawnTs(
  entry: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; ipc?: boolean },
): OwnedProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`could not start ${entry}`)
  owned.add(child)
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean))
    if (lines.length > 40) lines.splice(0, lines.length - 40)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    pid: child.pid,
    child,
    tail: () => lines.join('\n'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      owned.delete(child)
    },
  }
}

/** Resident memory in MB from /proc/<pid>/status, or null when the process is gone or not on Linux. */
export function readRssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null
  } catch {
    return null
  }
}
