import type { ContentChanges } from '../../db/content-changes'
import { AppError, tooManyRequests, unauthorized } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import type { Outbox } from '../../mail/outbox'
import type { ArticlesService } from '../articles/articles.service'
import { normalizeEmail, type UsersService } from '../users/users.service'
import type { AccountMail } from './account-mail'
import { hashAccountToken, passwordFingerprint } from './account-tokens'
import type { AccountsRepository } from './accounts.repository'
import { toAccountExport } from './accounts.serialize'
import { createLiveAccounts } from './live-accounts'

/** Counts mails per key across replicas (the rate limiter's store); false once the key's quota is spent. */
export type MailQuota = { take(key: string): Promise<boolean> }

export type AccountsService = ReturnType<typeof createAccountsService>

const invalidToken = () => unauthorized('is invalid, used or expired')

export function createAccountsService(deps: {
  changes: ContentChanges
  accounts: AccountsRepository
  users: UsersService
  articles: ArticlesService
  accountMail: AccountMail
  outbox: Outbox
  mailQuota: MailQuota
}) {
  const { changes, accounts, users, articles, accountMail, outbox, mailQuota } = deps
  const liveAccounts = createLiveAccounts(async (id) => (await users.findById(id)) !== undefined)
  // An account changed (perhaps deleted) on any replica is looked up again on its next request.
  changes.subscribe((event) => {
    if (event === 'reset') liveAccounts.forgetAll()
    else for (const id of event.accountIds ?? []) liveAccounts.forget(id)
  })

  return {
    /** For the auth plugin: whether a token's account still exists (deleted ones' tokens die at once). */
    isLive: liveAccounts.isLive,

    /**
     * Answers the same for every address: the quota is keyed on the address whether or not it has an account,
     * and the lookup, the token and the mail all happen after the response.
     */
    async requestPasswordReset(email: string): Promise<void> {
      const address = normalizeEmail(email)
      if (!(await mailQuota.take(`reset:${address}`))) return
      outbox.post(async () => {
        const user = await users.findByEmail(address)
        return user ? accountMail.passwordReset(user) : null
      })
    },

    /** Sets the new password and signs in with a new session; every other session of the user ends. */
    async confirmPasswordReset(token: string, password: string, userAgent: string | null) {
      // Hashed before the transaction, so no write lock is held through argon2.
      const passwordHash = await users.hashPassword(password)
      const spent = await accounts.useToken(hashAccountToken(token), 'password-reset', timestamp())
      const user = spent ? await users.findById(spent.userId) : undefined
      // A password changed since the mail was sent (by any route) makes the token worthless.
      if (!spent || !user || passwordFingerprint(user.passwordHash) !== spent.passwordFingerprint)
        throw invalidToken()
      // The link proves the mailbox, as a verification link would.
      return users.resetPassword(user.id, passwordHash, spent.email, userAgent)
    },

    /** The signed-in user afterwards when there is one (the caller shows it), else nothing. */
    async verifyEmail(token: string, viewer: { id: number; token: string } | null) {
      const spent = await accounts.useToken(hashAccountToken(token), 'email-verification', timestamp())
      // A link sent to an address the account no longer has proves nothing.
      if (!spent || !(await users.markEmailVerified(spent.userId, spent.email))) throw invalidToken()
      return viewer ? users.current(viewer.id, viewer.token) : null
    },

    async resendVerification(userId: number): Promise<void> {
      const user = await users.findById(userId)
      if (!user) throw unauthorized('the account no longer exists')
      if (user.emailVerifiedAt !== null) return
      if (!(await mailQuota.take(`verify:${userId}`))) throw tooManyRequests('an hour')
      outbox.post(() => accountMail.emailVerification(user))
    },

    async exportData(userId: number) {
      const rows = await accounts.exportOf(userId)
      if (!rows.profile) throw unauthorized('the account no longer exists')
      return toAccountExport({ ...rows, profile: rows.profile }, timestamp())
    },

    /** One transaction, which also states what page reads it changes, so no page shows the account after. */
    async deleteAccount(userId: number, password: string): Promise<void> {
      const user = await users.findById(userId)
      if (!user) throw unauthorized('the account no longer exists')
      // 403, not 401: the token is fine, and a 401 would make clients refresh and retry.
      if (!(await users.passwordMatches(user, password)))
        throw new AppError(403, { password: ['is invalid'] })
      await articles.removeAllOf(userId, (tx) => users.remove(tx, userId))
      liveAccounts.forget(userId)
    },
  }
}
