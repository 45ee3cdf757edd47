import type { FastifyInstance } from 'fastify'
import type { Config } from '../config'
import { createOutbox, type Outbox } from '../mail/outbox'
import { logTransport, smtpTransport } from '../mail/transport'

declare module 'fastify' {
  interface FastifyInstance {
    /** Mail waiting to be sent; tests await `idle()` before reading a mailbox. */
    outbox: Outbox
  }
}

/** The outbox every service posts mail to: SMTP when SMTP_URL is set, else the log. It drains on close. */
export function registerOutbox(app: FastifyInstance, config: Config): Outbox {
  const { mail } = config
  if (!mail.smtpUrl) app.log.warn('SMTP_URL is not set: mail is written to the log, not sent')
  const outbox = createOutbox({
    transport: mail.smtpUrl
      ? smtpTransport(mail.smtpUrl)
      : logTransport(app.log, config.env !== 'production'),
    from: mail.from,
    attempts: mail.attempts,
    retryDelayMs: mail.retryDelayMs,
    log: app.log,
  })
  app.decorate('outbox', outbox)
  app.addHook('onClose', () => outbox.close())
  return outbox
}
