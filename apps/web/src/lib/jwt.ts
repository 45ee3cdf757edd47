// JWT payloads are read for timing and session identity only, by the session code that loads after
// the first page; the token store itself never needs them.

/** Decodes a JWT payload. For timing only: the server decides what a token is worth. */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1]
  if (!part) return null
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=')
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))
    const payload: unknown = JSON.parse(json)
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Expiry of the access token in epoch milliseconds, or null when it cannot be read. */
export function readExpiry(token: string): number | null {
  const exp = decodeJwtPayload(token)?.exp
  return typeof exp === 'number' ? exp * 1000 : null
}

/** Milliseconds until a proactive refresh is due: a minute before expiry, or a quarter of a short lifetime. */
export function msUntilRefresh(token: string, now = Date.now()): number | null {
  const payload = decodeJwtPayload(token)
  if (!payload || typeof payload.exp !== 'number') return null
  const exp = payload.exp * 1000
  const lifetime = typeof payload.iat === 'number' ? exp - payload.iat * 1000 : 15 * 60_000
  const margin = Math.min(60_000, Math.max(lifetime / 4, 1_000))
  return Math.max(0, exp - margin - now)
}
