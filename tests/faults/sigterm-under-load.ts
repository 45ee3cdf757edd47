import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ApiProcess, call, sleep, startApi } from '../../apps/api/test/api-process'
import { newUser } from '../../apps/api/test/sign-up'
import type { ScenarioResult } from './kill-during-writes'

/**
 * SIGTERM under load: requests already in flight finish with their normal answer, a request after the
 * signal is not served, and the process exits 0. Sign-ups make the load: each costs an argon2 hash, so many
 * are in flight at any moment.
 */

/** A request sent within this much of the signal may have raced it; it may go either way. */
const RACE_MS = 50

type Sent = { at: number; status: number; doneAt: number }

export async function sigtermUnderLoad(seconds: number): Promise<ScenarioResult> {
  const name = 'SIGTERM under load'
  const dir = mkdtempSync(join(tmpdir(), 'conduit-fault-'))
  let api: ApiProcess | undefined
  try {
    api = await startApi({
      DATABASE_URL: `sqlite:${join(dir, 'conduit.sqlite')}`,
      AUTH_RATE_LIMIT_ACCOUNT: '0',
      AUTH_RATE_LIMIT_IP: '0',
      // Fresh accounts writing far more than a person would (docs/decisions/017).
      SPAM_NEW_ACCOUNT_HOURS: '0',
    })
    const base = api.url
    const sent: Sent[] = []
    let signalledAt = Number.POSITIVE_INFINITY
    const client = async () => {
      while (Date.now() < signalledAt) {
        const entry: Sent = { at: Date.now(), status: 0, doneAt: 0 }
        sent.push(entry)
        try {
          // A plain call rather than signUpAt: a refused or failed sign-up is what this scenario records.
          const response = await call(base, 'POST', '/api/users', {
            body: { user: newUser('t') },
            timeoutMs: 20_000,
          })
          entry.status = response.status
        } catch {
          entry.status = 0
        }
        entry.doneAt = Date.now()
      }
    }
    const clients = Array.from({ length: 16 }, client)
    await sleep(seconds * 1000)

    signalledAt = Date.now()
    api.child.kill('SIGTERM')
    // A new request is turned away (connection refused, or 503 on a kept-alive connection) once closing
    // has begun, which is as soon as the process handles the signal.
    let after = 200
    while (after === 200 && Date.now() - signalledAt < 2_000) {
      await sleep(20)
      after = await call(base, 'GET', '/api/health', { timeoutMs: 2_000 }).then(
        (response) => response.status,
        () => 0,
      )
    }
    const turnedAwayMs = Date.now() - signalledAt
    await Promise.all(clients)
    const exit = await Promise.race([api.exited, sleep(15_000).then(() => ({ code: null, signal: null }))])

    const beforeSignal = sent.filter((entry) => entry.at <= signalledAt - RACE_MS)
    const unfinished = beforeSignal.filter((entry) => entry.status !== 201)
    const inFlight = beforeSignal.filter((entry) => entry.doneAt > signalledAt).length
    const raced = sent.length - beforeSignal.length
    const details =
      `${sent.length} sign-ups sent, ${inFlight} in flight at the signal; of those sent before it ` +
      `${beforeSignal.length - unfinished.length} answered 201, ${unfinished.length} did not ` +
      `(${unfinished.map((entry) => entry.status).join(',') || '-'}); ` +
      `${raced} raced the signal; new requests ${after === 0 ? 'refused' : `answered ${after}`} ${turnedAwayMs} ms after the signal; ` +
      `exit code ${exit.code}${exit.signal ? ` (${exit.signal})` : ''}`
    const ok = inFlight > 0 && unfinished.length === 0 && (after === 0 || after === 503) && exit.code === 0
    return { name, ok, details: ok ? details : `${details}\n${api.output().slice(-2_000)}` }
  } finally {
    await api?.stop('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}
