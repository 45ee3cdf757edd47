import type { Db } from '../../db/database'
import { AppError, type FieldErrors, unauthorized, unprocessable } from '../../lib/app-error'
import { timestamp } from '../../lib/clock'
import { uniqueViolationColumn } from '../../lib/db-errors'
import type { Outbox } from '../../mail/outbox'
import type { AccountMail } from '../accounts/account-mail'
import { hashPassword, verifyPassword } from '../auth/passwords'
import type { SessionsService } from '../auth/sessions.service'
import type { UserRow, UsersRepository } from './users.repository'
import { toUser } from './users.serialize'

export type UsersService = ReturnType<typeof createUsersService>

type Changes = {
  email?: string
  username?: string
  password?: string
  bio?: string | null
  image?: string | null
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
  users: UsersRepository
  sessions: SessionsService
  outbox: Outbox
  accountMail: AccountMail
}) {
  const { db, users, sessions, outbox, accountMail } = deps

  return {
    async register(input: { username: string; email: string; password: string }, userAgent: string | null) {
      const email = normalizeEmail(input.email)
      const username = input.username
      const errors = takenErrors(await users.takenBy({ username, email }, null))
      if (Object.keys(errors).length > 0) throw unprocessable(errors)
      const passwordHash = await hashPassword(input.password)
      const { user, tokens } = await db
        .transaction()
        .execute(async (tx) => {
          const user = await users.insert({ username, email, passwordHash, now: timestamp() }, tx)
          return { user, tokens: await sessions.start(user.id, userAgent, tx) }
        })
        .catch(rethrowUnique)
      outbox.post(() => accountMail.emailVerification(user))
      return toUser(user, tokens)
    },

    async login(input: { email: string; password: string }, userAgent: string | null) {
      const user = await users.findByEmail(normalizeEmail(input.email))
      if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
        throw new AppError(401, { 'email or password': ['is invalid'] })
      }
      return toUser(user, await sessions.start(user.id, userAgent))
    },

    async refresh(refreshToken: string) {
      const pair = await sessions.refresh(refreshToken)
      const user = await users.findById(pair.userId)
      if (!user) throw unauthorized()
      return toUser(user, pair)
    },

    async current(userId: number, token: string) {
      const user = await users.findById(userId)
      if (!user) throw unauthorized('the account no longer exists')
      return toUser(user, { token })
    },

    /** A new password signs out every other session: whoever else held one may be why it changed. */
    async update(userId: number, sessionId: string, token: string, input: Changes) {
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
      const updated = await db
        .transaction()
        .execute(async (tx) => {
          const row = await users.update(userId, changes, tx)
          if (input.password !== undefined) await sessions.revokeOthers(userId, sessionId, tx)
          return row
        })
        .catch(rethrowUnique)
      if (!updated) throw unauthorized('the account no longer exists')
      if (emailChanged) {
        outbox.post(() => accountMail.emailVerification(updated))
        outbox.post(() => accountMail.emailChanged(current, updated.email))
      }
      return toUser(updated, { token })
    },

    // For the accounts module (reset, verification, deletion): the users table is written only here.

    findByEmail: (email: string) => users.findByEmail(normalizeEmail(email)),

    findById: (id: number) => users.findById(id),

    async setPassword(userId: number, passwordHash: string, tx: Db) {
      return users.update(userId, { passwordHash, updatedAt: timestamp() }, tx)
    },

    markEmailVerified: (userId: number, email: string, tx?: Db) =>
      users.markEmailVerified(userId, email, timestamp(), tx),

    remove: (userId: number, tx: Db) => users.remove(userId, tx),
  }
}
