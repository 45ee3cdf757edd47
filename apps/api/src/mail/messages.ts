import { html, layout } from './html'

export type MailKind = 'password-reset' | 'email-verification' | 'email-changed'

/** Everything a mail needs; `kind` names it in logs, which never carry the text (tokens live there). */
export type Mail = { kind: MailKind; to: string; subject: string; text: string; html: string }

const hours = (seconds: number) => {
  const count = Math.max(1, Math.round(seconds / 3600))
  return count === 1 ? '1 hour' : `${count} hours`
}

const button = (link: string, label: string) =>
  html`<p><a href="${link}" style="background:#5cb85c;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px">${label}</a></p><p>Or paste this address into your browser:<br>${link}</p>`

export function passwordResetMail(
  to: { email: string; username: string },
  link: string,
  ttlSeconds: number,
): Mail {
  const valid = hours(ttlSeconds)
  return {
    kind: 'password-reset',
    to: to.email,
    subject: 'Reset your Conduit password',
    text: `Hi ${to.username},\n\nSomeone asked to reset the password of your Conduit account. To choose a new one, open this link within ${valid}:\n\n${link}\n\nIf it wasn't you, ignore this mail; your password stays as it is.\n`,
    html: layout(
      html`<p>Hi ${to.username},</p><p>Someone asked to reset the password of your Conduit account. To choose a new one, open this link within ${valid}:</p>` +
        button(link, 'Choose a new password') +
        html`<p>If it wasn't you, ignore this mail; your password stays as it is.</p>`,
    ),
  }
}

export function emailVerificationMail(
  to: { email: string; username: string },
  link: string,
  ttlSeconds: number,
): Mail {
  const valid = hours(ttlSeconds)
  return {
    kind: 'email-verification',
    to: to.email,
    subject: 'Confirm your email address for Conduit',
    text: `Hi ${to.username},\n\nPlease confirm that this is your address by opening this link within ${valid}:\n\n${link}\n\nIf you didn't sign up for Conduit, ignore this mail.\n`,
    html: layout(
      html`<p>Hi ${to.username},</p><p>Please confirm that this is your address by opening this link within ${valid}:</p>` +
        button(link, 'Confirm my address') +
        html`<p>If you didn't sign up for Conduit, ignore this mail.</p>`,
    ),
  }
}

/** Sent to the old address, so someone who took over the account cannot move it away unnoticed. */
export function emailChangedMail(to: { email: string; username: string }, newEmail: string): Mail {
  return {
    kind: 'email-changed',
    to: to.email,
    subject: 'Your Conduit email address was changed',
    text: `Hi ${to.username},\n\nThe email address of your Conduit account was changed to ${newEmail}. If you did not do this, reset your password and contact us.\n`,
    html: layout(
      html`<p>Hi ${to.username},</p><p>The email address of your Conduit account was changed to <b>${newEmail}</b>. If you did not do this, reset your password and contact us.</p>`,
    ),
  }
}
