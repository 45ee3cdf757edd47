import { errors as joseErrors, jwtVerify, SignJWT } from 'jose'

export type AccessClaims = {
  userId: number
  sessionId: string
  expiresAt: number
  /** Past `exp`: usable only where the session says so (docs/decisions/011). */
  expired: boolean
}

const ISSUER = 'conduit'
const AUDIENCE = 'conduit-api'
const CACHE_LIMIT = 10_000

export type AccessTokens = ReturnType<typeof createAccessTokens>

/**
 * HS256 access tokens. Verification is pinned to one algorithm, issuer and audience. A verified token is
 * remembered, so a client's repeated requests cost one map lookup rather than an HMAC.
 *
 * An expired token whose signature is good is reported as `expired` rather than refused, for as long as
 * the session it names could still live (`sessionTtl`): whether it is still usable is the session's call,
 * made by the auth hook. Anything older, or not ours, is null.
 */
export function createAccessTokens(options: { secret: string; ttlSeconds: number; sessionTtl: number }) {
  const key = new TextEncoder().encode(options.secret)
  // Holds the live form of each token's claims, so the common case returns it without allocating.
  const verified = new Map<string, AccessClaims>()

  async function sign(userId: number, sessionId: string): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + options.ttlSeconds)
      .sign(key)
  }

  function judge(claims: AccessClaims, nowSeconds: number): AccessClaims | null {
    if (claims.expiresAt > nowSeconds) return claims
    if (claims.expiresAt + options.sessionTtl > nowSeconds) return { ...claims, expired: true }
    return null
  }

  function readClaims(payload: Record<string, unknown>): AccessClaims | null {
    const userId = Number(payload.sub)
    if (!Number.isSafeInteger(userId) || typeof payload.sid !== 'string' || typeof payload.exp !== 'number')
      return null
    return { userId, sessionId: payload.sid, expiresAt: payload.exp, expired: false }
  }

  async function decode(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      })
      return readClaims(payload)
    } catch (error) {
      // jose checks the signature before the claims, so an expired token here is one we signed; the
      // issuer and audience are checked before `exp` too.
      if (error instanceof joseErrors.JWTExpired && error.claim === 'exp') return readClaims(error.payload)
      if (error instanceof joseErrors.JOSEError || error instanceof TypeError) return null
      throw error
    }
  }

  /** The token's claims, or null when it is not one of ours or too old for any session. */
  async function verify(token: string): Promise<AccessClaims | null> {
    const nowSeconds = Date.now() / 1000
    const cached = verified.get(token)
    if (cached) {
      const judged = judge(cached, nowSeconds)
      if (!judged) verified.delete(token)
      return judged
    }
    const claims = await decode(token)
    if (!claims) return null
    const judged = judge(claims, nowSeconds)
    if (!judged) return null
    if (verified.size >= CACHE_LIMIT) verified.clear()
    verified.set(token, claims)
    return judged
  }

  return { sign, verify }
}
