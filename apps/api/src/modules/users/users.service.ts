import type { ContentChanges } from '../../db/content-changes'
import type { Db } from '../../db/database'
import type { Role } from '../../db/schema'
import {
  AppError,
  accountSuspended,
  type FieldErrors,
  unauthorized,
  unprocessable,
} from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import { uniqueViolationColumn } from '../../lib/db-errors'
import type { Mail } from '../../mail/messages'
import type { Outbox } from '../../mail/outbox'
import type { SessionsService } from '../auth/sessions.service'
import { hashPassword, verifyPassword } from './passwords'
import type { UserRow, UsersRepository } from './users.repository'
import type { LoginInput, RegisterInput, UpdateUserInput } from './users.schemas'
import { toUser } from './users.serialize'

export type UsersService = ReturnType<typeof createUsersService>

/**
 * The mails an account change sends. The accounts module composes them, since they carry its tokens; users
 * only say when, so this module does not import that one.
 */
export type UserMail = {
  emailVerification(user: UserRow): Promise<Mail>
  emailChanged(previous: UserRow, newEmail: string): Promise<Mail>
}

/** `suspended_until` of a suspension that lasts until a moderator lifts it. */
export const SUSPENDED_UNTIL_LIFTED = '9999-12-31T23:59:59.999Z'

/** Whether a suspension holds now; one past its end counts as over even before the sweep clears it. */
export const isSuspended = (suspendedUntil: string | null, now = timestamp()) =>
  suspendedUntil !== null && suspendedUntil > now

/** Moderators and admins: who sees hidden content and works the moderation queue. */
export const isStaffRole = (role: Role) => role === 'moderator' || role === 'admin'

/** Sign-in and refresh tell a suspended account why, and until when. */
function refuseSuspended(user: UserRow): void {
  if (!isSuspended(user.suspendedUntil)) return
  throw accountSuspended({
    suspension: {
      reason: user.suspensionReason,
      until: user.suspendedUntil === SUSPENDED_UNTIL_LIFTED ? null : user.suspendedUntil,
    },
  })
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

function takenErrors(taken: { username: boolean; email: boolean }): FieldErrors {
  const errors: FieldErrors = {}
  if (taken.email) errors.email = ['has already been taken']
  if (taken.username) errors.username = ['has already been taken']
  return errors
}

/** A unique index that fired under a race becomes the same 422 the pre-check gives. */
function rethrowUnique(error: unknown): never {
  const column = uniqueViolationColumn(error)
  if (column === 'email' || column === 'username')
    throw unprocessable({ [column]: ['has already been taken'] })
  throw error
}

export function createUsersService(deps: {
  db: Db
  changes: ContentChanges
  users: UsersRepository
  sessions: SessionsService
  outbox: Outbox
  mail: UserMail
}) {
  const { db, changes: contentChanges, users, sessions, outbox, mail } = deps

  /** Sign-up's rules: a normalized address, a free username and address, an argon2id hash. */
  async function newAccount(input: RegisterInput) {
    const email = normalizeEmail(input.email)
    const username = input.username
    const errors = takenErrors(await users.takenBy({ username, email }, null))
    if (Object.keys(errors).length > 0) throw unprocessable(errors)
    return { username, email, passwordHash: await hashPassword(input.password) }
  }

  return {
    async register(input: RegisterInput, userAgent: string | null) {
      const account = await newAccount(input)
      const { user, tokens } = await db
        .transaction()
        .execute(async (tx) => {
          const user = await users.insert(tx, { ...account, now: timestamp() })
          return { user, tokens: await sessions.start(user.id, userAgent, tx) }
        })
        .catch(rethrowUnique)
      outbox.post(() => mail.emailVerification(user))
      return toUser(user, tokens)
    },

    async login(input: LoginInput, userAgent: string | null) {
      const user = await users.findByEmail(normalizeEmail(input.email))
      if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
        throw new AppError(401, { 'email or password': ['is invalid'] })
      }
      refuseSuspended(user)
      return toUser(user, await sessions.start(user.id, userAgent))
    },

    async refresh(refreshToken: string) {
      const pair = await sessions.refresh(refreshToken).catch(async (error: unknown) => {
        // A suspension revoked the session: say so rather than a bare 401.
        const owner = await sessions.ownerOfRefreshToken(refreshToken)
        const user = owner === undefined ? undefined : await users.findById(owner)
        if (user) refuseSuspended(user)
        throw error
      })
      const user = await users.findById(pair.userId)
      if (!user) throw unauthorized()
      refuseSuspended(user)
      return toUser(user, pair)
    },

    async current(userId: number, token: string) {
      const user = await users.findById(userId)
      if (!user) throw unauthorized('the account no longer exists')
      return toUser(user, { token })
    },

    /** A new password signs out every other session: whoever else held one may be why it changed. */
    async update(userId: number, sessionId: string, token: string, input: UpdateUserInput) {
      const current = await users.findById(userId)
      if (!current) throw unauthorized('the account no longer exists')
      const email = input.email === undefined ? undefined : normalizeEmail(input.email)
      const errors = takenErrors(await users.takenBy({ username: input.username, email }, userId))
      if (Object.keys(errors).length > 0) throw unprocessable(errors)
      const changes: Partial<UserRow> & { updatedAt: string } = { updatedAt: timestamp() }
      const emailChanged = email !== undefined && email !== current.email
      if (emailChanged) {
        changes.email = email
        changes.emailVerifiedAt = null
      }
      if (input.username !== undefined) changes.username = input.username
      if (input.bio !== undefined) changes.bio = input.bio ?? ''
      if (input.image !== undefined) changes.image = input.image || null
      if (input.password !== undefined) changes.passwordHash = await hashPassword(input.password)
      const updated = await contentChanges
        .transaction(async (tx, changed) => {
          // An author's name, bio and picture show on article reads; the account's own reads show them all.
          await changed({ authorIds: [userId], accountIds: [userId] })
          const row = await users.update(tx, userId, changes)
          if (input.password !== undefined) await sessions.revokeOthers(userId, sessionId, tx)
          return row
        })
        .catch(rethrowUnique)
      if (!updated) throw unauthorized('the account no longer exists')
      if (emailChanged) {
        outbox.post(() => mail.emailVerification(updated))
        outbox.post(() => mail.emailChanged(current, updated.email))
      }
      return toUser(updated, { token })
    },

    /** One primary-key lookup: what `requireActiveUser` and role guards check. */
    accountStatus: (id: number) => users.accountStatus(id),
    findByUsername: (username: string) => users.findByUsername(username),
    /** Whether the account is a moderator or an admin now (read where hidden content is at stake). */
    async isStaff(id: number): Promise<boolean> {
      const status = await users.accountStatus(id)
      return status !== undefined && isStaffRole(status.role)
    },
    /** Runs inside the caller's transaction (moderation). `until` null lifts the suspension. */
    setSuspension: (tx: Db, id: number, suspension: { until: string | null; reason: string | null }) =>
      users.setSuspension(tx, id, suspension),
    /** Ends a suspension only if it still ends at `until` (another replica may have ended it): whether it did. */
    endSuspension: (tx: Db, id: number, until: string) => users.endSuspension(tx, id, until),
    setRole: (tx: Db, id: number, role: Role) => users.setRole(tx, id, role),
    /** Runs inside the caller's transaction when an author publishes or deletes an article. */
    countArticle: (tx: Db, authorId: number, delta: 1 | -1) => users.countArticles(tx, authorId, delta),

    // For the accounts module (reset, verification, deletion): the users table and passwords stay here.

    findByEmail: (email: string) => users.findByEmail(normalizeEmail(email)),

    findById: (id: number) => users.findById(id),

    /**
     * An account made by an operator (the admin CLI): sign-up's checks and hashing, without a session or the
     * verification mail. The input must have passed RegisterBody, as sign-up's does.
     */
    async createAccount(input: RegisterInput) {
      const account = await newAccount(input)
      return users.insert(db, { ...account, now: timestamp() }).catch(rethrowUnique)
    },

    hashPassword,

    passwordMatches: (user: UserRow, password: string) => verifyPassword(user.passwordHash, password),

    /** After a mailed reset link: the new password, the address the link proved, and only a new session. */
    async resetPassword(userId: number, passwordHash: string, provenEmail: string, userAgent: string | null) {
      return contentChanges.transaction(async (tx, changed) => {
        // The address may become verified, which the account's own read shows.
        await changed({ accountIds: [userId] })
        const now = timestamp()
        const updated = await users.update(tx, userId, { passwordHash, updatedAt: now })
        if (!updated) throw unauthorized('the account no longer exists')
        const verified = await users.markEmailVerified(tx, userId, provenEmail, now)
        await sessions.revokeAll(userId, tx)
        return toUser(verified ?? updated, await sessions.start(userId, userAgent, tx))
      })
    },

    /** The row afterwards, or undefined when the address is no longer the user's. */
    markEmailVerified: (userId: number, email: string) =>
      contentChanges.transaction(async (tx, changed) => {
        await changed({ accountIds: [userId] })
        return users.markEmailVerified(tx, userId, email, timestamp())
      }),

    /** Runs inside the caller's transaction, after the user's articles went (their counters). */
    remove: (tx: Db, userId: number) => users.remove(tx, userId),
  }
}
