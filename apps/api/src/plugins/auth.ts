import type { FastifyInstance, FastifyRequest } from 'fastify'
import { unauthorized } from '../lib/app-error'
import type { AccessClaims, AccessTokens } from '../modules/auth/access-tokens'

export type AuthUser = { id: number; sessionId: string; token: string }

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null
  }
  interface FastifyInstance {
    requireUser: (request: FastifyRequest) => Promise<void>
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
}

const SCHEME = /^(?:Token|Bearer) +(\S+)$/i

/**
 * Reads `Authorization: Token <jwt>` (or Bearer) on every request. A request without one is anonymous; a
 * request with a bad one is refused, even where auth is optional, so clients learn their token is dead.
 * A live token of a known account costs no database work; only an expired one asks its session.
 */
export function registerAuth(app: FastifyInstance, tokens: AccessTokens, checks: AuthChecks): void {
  const { acceptsExpired, isLive } = checks
  app.decorateRequest('user', null)
  app.decorate('requireUser', async (request: FastifyRequest) => {
    if (!request.user) throw unauthorized()
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
