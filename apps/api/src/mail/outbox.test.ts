import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:net'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp } from '../../test/build-test-app'
import { registerUser } from '../../test/factories'
import { type SmtpSink, startSmtpSink } from '../../test/smtp-sink'

/** Log lines as parsed objects, to check what a failure records. */
function captureLog() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { lines, logger: { level: 'info', stream } }
}

/** A port nothing listens on: the mail server is down. */
async function deadPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

let sink: SmtpSink
let silent: Server
beforeAll(async () => {
  sink = await startSmtpSink()
  // Accepts connections and never greets: a mail server that hangs.
  silent = createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  await sink?.close()
  await new Promise<void>((resolve) => silent.close(() => resolve()))
})

const resetFor = (app: Awaited<ReturnType<typeof buildTestApp>>, email: string) =>
  app.inject({ method: 'POST', url: '/api/users/password-reset', payload: { user: { email } } })

describe('mail delivery', () => {
  it('answers as usual while the mail server is down, retries, and logs no text or token', async () => {
    const log = captureLog()
    const app = await buildTestApp({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${await deadPort()}`,
        MAIL_SEND_ATTEMPTS: '3',
        MAIL_RETRY_DELAY_MS: '10',
      },
      logger: log.logger,
    })
    try {
      const user = await registerUser(app)
      const response = await resetFor(app, user.email)
      expect(response.statusCode).toBe(202)
      await app.outbox.idle()
      const failures = log.lines.filter((line) => String(line.msg).startsWith('mail'))
      const resets = failures.filter((line) => line.mail === 'password-reset')
      expect(resets.map((line) => [line.msg, line.attempt])).toEqual([
        ['mail send failed; will retry', 1],
        ['mail send failed; will retry', 2],
        ['mail not delivered', 3],
      ])
      expect(resets[0]).toMatchObject({ code: 'ESOCKET' })
      const logged = JSON.stringify(log.lines)
      expect(logged).not.toContain('reset-password?token=')
      expect(logged).not.toContain(user.email)
      // The app still works after giving up.
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200)
    } finally {
      await app.close()
    }
  })

  it('delivers after temporary refusals', async () => {
    const app = await buildTestApp({ env: { SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '10' } })
    try {
      const user = await registerUser(app)
      await app.outbox.idle()
      sink.refuseNext(2)
      expect((await resetFor(app, user.email)).statusCode).toBe(202)
      await app.outbox.idle()
      expect(sink.to(user.email).filter((mail) => mail.subject.includes('Reset'))).toHaveLength(1)
    } finally {
      await app.close()
    }
  })

  it('does not make the request wait for a server that hangs', async () => {
    const { port } = silent.address() as AddressInfo
    const app = await buildTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_SEND_ATTEMPTS: '1' } })
    try {
      const started = Date.now()
      const response = await app.inject({
        method: 'POST',
        url: '/api/users',
        payload: { user: { username: 'patient', email: 'patient@example.com', password: 'long enough 1' } },
      })
      expect(response.statusCode).toBe(201)
      expect(Date.now() - started).toBeLessThan(2_000)
    } finally {
      await app.close()
    }
  })
})
