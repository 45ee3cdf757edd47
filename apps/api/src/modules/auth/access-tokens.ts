import { errors as joseErrors, jwtVerify, SignJWT } from 'jose'

export type AccessClaims = { userId: number; sessionId: string; expiresAt: number }

const ISSUER = 'conduit'
const AUDIENCE = 'conduit-api'
const CACHE_LIMIT = 10_000

export type AccessTokens = ReturnType<typeof createAccessTokens>

/**
 * HS256 access tokens. Verification is pinned to one algorithm, issuer and audience. A verified token is
 * remembered until it expires, so a client's repeated requests cost one map lookup rather than an HMAC.
 */
export function createAccessTokens(secret: string, ttlSeconds: number) {
  const key = new TextEncoder().encode(secret)
  const verified = new Map<string, AccessClaims>()

  async function sign(userId: number, sessionId: string): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(key)
  }

  /** The token's claims, or null when it is not one of ours or no longer valid. */
  async function verify(token: string): Promise<AccessClaims | null> {
    const cached = verified.get(token)
    if (cached) {
      if (cached.expiresAt * 1000 > Date.now()) return cached
      verified.delete(token)
      return null
    }
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      })
      const userId = Number(payload.sub)
      if (!Number.isSafeInteger(userId) || typeof payload.sid !== 'string' || typeof payload.exp !== 'number')
        return null
      const claims = { userId, sessionId: payload.sid, expiresAt: payload.exp }
      if (verified.size >= CACHE_LIMIT) verified.clear()
      verified.set(token, claims)
      return claims
    } catch (error) {
      if (error instanceof joseErrors.JOSEError || error instanceof TypeError) return null
      throw error
    }
  }

  return { sign, verify }
}
