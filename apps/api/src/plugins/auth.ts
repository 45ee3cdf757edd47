import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Role } from '../db/schema'
import { AppError, accountSuspended, unauthorized } from '../lib/app-error'
import type { AccessClaims, AccessTokens } from '../modules/auth/access-tokens'
import { isSuspended } from '../modules/users/users.service'

export type AuthUser = { id: number; sessionId: string; token: string }

/** What `requireActiveUser` read about the account, for later guards (roles, spam limits) to reuse. */
export type ActiveAccount = { role: Role; createdAt: string }

/** The account fields `requireActiveUser` reads: one primary-key lookup. */
export type AccountStatus = { role: Role; suspendedUntil: string | null; createdAt: string }

const RANK: Record<Role, number> = { user: 0, moderator: 1, admin: 2 }

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null
    /** Set by `requireActiveUser`. */
    account: ActiveAccount | null
  }
  interface FastifyInstance {
    requireUser: (request: FastifyRequest) => Promise<void>
    /** Signed in, and the account is not suspended (read from the database, so a suspension applies at once). */
    requireActiveUser: (request: FastifyRequest) => Promise<void>
  }
  interface FastifyContextConfig {
    /** Routes that authenticate by other means (credentials, refresh token) ignore the header. */
    ignoreAccessToken?: boolean
  }
}

export type AuthChecks = {
  /**
   * Whether the session behind an expired access token still vouches for it (one indexed lookup), or null
   * when expired tokens are never accepted (`TOKEN_MODE=strict`). See docs/decisions/011.
   */
  acceptsExpired: ((claims: AccessClaims) => Promise<boolean>) | null
  /** Whether the token's account still exists; answered from memory nearly always (accounts/live-accounts.ts). */
  isLive: (userId: number) => Promise<boolean>
  /** The account's role, suspension and age, or undefined when it is gone. */
  accountStatus: (userId: number) => Promise<AccountStatus | undefined>
}

const SCHEME = /^(?:Token|Bearer) +(\S+)$/i

/**
 * Reads `Authorization: Token <jwt>` (or Bearer) on every request. A request without one is anonymous; a
 * request with a bad one is refused, even where auth is optional, so clients learn their token is dead.
 * A live token of a known account costs no database work; only an expired one asks its session.
 */
export function registerAuth(app: FastifyInstance, tokens: AccessTokens, checks: AuthChecks): void {
  const { acceptsExpired, isLive, accountStatus } = checks
  app.decorateRequest('user', null)
  app.decorateRequest('account', null)
  app.decorate('requireUser', async (request: FastifyRequest) => {
    if (!request.user) throw unauthorized()
  })
  app.decorate('requireActiveUser', async (request: FastifyRequest) => {
    if (!request.user) throw unauthorized()
    const status = await accountStatus(request.user.id)
    if (!status) throw unauthorized('the account no longer exists')
    if (isSuspended(status.suspendedUntil)) throw accountSuspended()
    request.account = { role: status.role, createdAt: status.createdAt }
  })
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization
    if (!header || request.routeOptions.config.ignoreAccessToken) return
    const token = SCHEME.exec(header)?.[1]
    const claims = token ? await tokens.verify(token) : null
    if (!claims || !token) throw unauthorized()
    if (claims.expired && !(acceptsExpired && (await acceptsExpired(claims)))) throw unauthorized()
    if (!(await isLive(claims.userId))) throw unauthorized('the account no longer exists')
    request.user = { id: claims.userId, sessionId: claims.sessionId, token }
  })
}

/** The signed-in user on a route guarded by `app.requireUser`. */
export function signedIn(request: FastifyRequest): AuthUser {
  if (!request.user) throw unauthorized()
  return request.user
}

export function viewerId(request: FastifyRequest): number | null {
  return request.user?.id ?? null
}

/**
 * A preHandler admitting accounts of at least `role`, as the database says (run after `requireActiveUser`,
 * which loaded it): a demoted moderator loses power at once, whatever their token claims.
 */
export function requireRole(role: 'moderator' | 'admin') {
  return async (request: FastifyRequest) => {
    const account = request.account
    if (!account) throw unauthorized()
    if (RANK[account.role] < RANK[role]) throw new AppError(403, { account: [`must be ${articleFor(role)}`] })
  }
}

const articleFor = (role: 'moderator' | 'admin') => (role === 'admin' ? 'an admin' : 'a moderator')
