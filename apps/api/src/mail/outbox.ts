import type { FastifyBaseLogger } from 'fastify'
import type { Mail } from './messages'
import type { MailTransport } from './transport'

/** Composes a mail after the response has gone; null means there is nothing to send. */
export type Compose = () => Promise<Mail | null>

export type Outbox = ReturnType<typeof createOutbox>

/** What a failure may log: the driver's codes, never the message, its recipient's text or its token. */
function describeFailure(error: unknown) {
  if (typeof error !== 'object' || error === null) return { error: String(error) }
  const { code, responseCode, command } = error as {
    code?: unknown
    responseCode?: unknown
    command?: unknown
  }
  return { code, responseCode, command }
}

/**
 * An in-process queue: `post` returns at once, so a slow or dead mail server never slows or fails a request.
 * Each mail is tried `attempts` times with doubling delays; what a crash loses is in
 * docs/decisions/009-mail-delivery.md.
 */
export function createOutbox(deps: {
  transport: MailTransport
  from: string
  attempts: number
  retryDelayMs: number
  log: FastifyBaseLogger
}) {
  const { transport, log } = deps
  const pending = new Set<Promise<void>>()
  const wakers = new Set<() => void>()
  let closing = false

  /** A delay that `close` cuts short, so shutdown doesn't wait out a backoff. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        wakers.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      wakers.add(wake)
    })

  async function deliver(mail: Mail) {
    for (let attempt = 1; attempt <= deps.attempts; attempt += 1) {
      try {
        await transport.deliver(mail, deps.from)
        log.info({ mail: mail.kind, attempt }, 'mail sent')
        return
      } catch (error) {
        const last = attempt === deps.attempts || closing
        log[last ? 'error' : 'warn'](
          { mail: mail.kind, attempt, ...describeFailure(error) },
          last ? 'mail not delivered' : 'mail send failed; will retry',
        )
        if (last) return
        await pause(deps.retryDelayMs * 2 ** (attempt - 1))
      }
    }
  }

  async function run(compose: Compose) {
    try {
      const mail = await compose()
      if (mail && !closing) await deliver(mail)
    } catch (error) {
      // Composing touches the database; its failure must not become an unhandled rejection.
      log.error({ err: error }, 'mail could not be prepared')
    }
  }

  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending])
  }

  return {
    post(compose: Compose): void {
      const job = run(compose).finally(() => pending.delete(job))
      pending.add(job)
    },

    /** Resolves once everything posted so far is sent or given up (tests, shutdown). */
    idle,

    /** Ends waiting retries (logged as not delivered) and the transport's connections. */
    async close(): Promise<void> {
      closing = true
      for (const wake of [...wakers]) wake()
      await idle()
      transport.close()
    },
  }
}
