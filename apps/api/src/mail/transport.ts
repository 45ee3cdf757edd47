import type { FastifyBaseLogger } from 'fastify'
import { createTransport } from 'nodemailer'
import type { Mail } from './messages'

/** Hands one message to whatever delivers mail; rejects when it could not. */
export type MailTransport = {
  deliver(mail: Mail, from: string): Promise<void>
  close(): void
}

/**
 * A slow server must not hold a send (and the queue behind it) for nodemailer's default two minutes; the
 * outbox retries anyway. Bounded so a dead host costs at most ~20 s per attempt.
 */
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 }

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport({ url: smtpUrl, ...TIMEOUTS })
  return {
    async deliver(mail, from) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      })
    },
    close: () => transporter.close(),
  }
}

/**
 * Without SMTP_URL, mail goes to the log. Outside production the text is logged so a developer can follow
 * the link; in production only who and what, since the text carries single-use tokens.
 */
export function logTransport(log: FastifyBaseLogger, includeText: boolean): MailTransport {
  return {
    async deliver(mail) {
      log.info(
        { mail: { to: mail.to, subject: mail.subject, ...(includeText ? { text: mail.text } : {}) } },
        'mail written to the log (SMTP_URL is not set)',
      )
    },
    close: () => {},
  }
}
