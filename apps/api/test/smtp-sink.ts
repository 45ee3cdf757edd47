import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; html: string }

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives, parsed: what tests (and the dev mail catcher)
 * read mail from. `refuseNext(n)` answers the next n messages with a temporary failure (451).
 */
export async function startSmtpSink(options: { port?: number } = {}) {
  const received: ReceivedMail[] = []
  const listeners = new Set<() => void>()
  let refusals = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (refusals > 0) {
        refusals -= 1
        stream.resume()
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })))
        return
      }
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          })
          for (const notify of listeners) notify()
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(count: number) {
      refusals = count
    },
    /** Mail to `address` received so far. */
    to: (address: string) => received.filter((mail) => mail.to.includes(address.toLowerCase())),
    /** Waits for the next mail to `address` beyond the `seen` already received. */
    async waitFor(address: string, seen = 0, timeoutMs = 5_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const mail = this.to(address)[seen]
        if (mail) return mail
        await new Promise<void>((resolve) => {
          const wake = () => {
            listeners.delete(wake)
            clearTimeout(timer)
            resolve()
          }
          const timer = setTimeout(wake, 50)
          listeners.add(wake)
        })
      }
      throw new Error(`no mail #${seen + 1} to ${address} within ${timeoutMs} ms`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>

/** The token in a link of the mail, e.g. `reset-password?token=…`. */
export function tokenIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`/${path}\\?token=([\\w-]+)`).exec(mail.text)
  if (!match?.[1]) throw new Error(`no /${path} link in: ${mail.subject}`)
  return match[1]
}
