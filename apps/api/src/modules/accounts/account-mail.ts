import { timestamp } from '../../lib/clock'
import { emailChangedMail, emailVerificationMail, type Mail, passwordResetMail } from '../../mail/messages'
import { hashAccountToken, newAccountToken, passwordFingerprint, type TokenPurpose } from './account-tokens'
import type { AccountsRepository } from './accounts.repository'

type Recipient = { id: number; email: string; username: string; passwordHash: string }

export type AccountMail = ReturnType<typeof createAccountMail>

/**
 * Builds the mails that carry account tokens. Each call stores a fresh token (its hash) and returns the mail
 * holding it; callers hand the call to the outbox, so it runs after the response.
 */
export function createAccountMail(deps: {
  accounts: AccountsRepository
  appUrl: string
  passwordResetTtl: number
  emailVerificationTtl: number
}) {
  const { accounts, appUrl } = deps

  async function issue(user: Recipient, purpose: TokenPurpose, ttlSeconds: number): Promise<string> {
    const token = newAccountToken()
    const now = new Date()
    await accounts.insertToken({
      tokenHash: hashAccountToken(token),
      userId: user.id,
      purpose,
      email: user.email,
      passwordFingerprint: passwordFingerprint(user.passwordHash),
      now: timestamp(now),
      expiresAt: timestamp(new Date(now.getTime() + ttlSeconds * 1000)),
    })
    return token
  }

  const link = (path: string, token: string) =>
    `${appUrl}${path}?${new URLSearchParams({ token }).toString()}`

  return {
    async passwordReset(user: Recipient): Promise<Mail> {
      const token = await issue(user, 'password-reset', deps.passwordResetTtl)
      return passwordResetMail(user, link('/reset-password', token), deps.passwordResetTtl)
    },

    async emailVerification(user: Recipient): Promise<Mail> {
      const token = await issue(user, 'email-verification', deps.emailVerificationTtl)
      return emailVerificationMail(user, link('/verify-email', token), deps.emailVerificationTtl)
    },

    emailChanged: async (previous: { email: string; username: string }, newEmail: string): Promise<Mail> =>
      emailChangedMail(previous, newEmail),
  }
}
