import { describe, expect, it } from 'vitest'
import { jwt } from '../test/jwt'
import { decodeJwtPayload, msUntilRefresh, readExpiry } from './jwt'

describe('JWT timing', () => {
  it('decodes the payload (base64url) and reads exp in milliseconds', () => {
    const token = jwt({ sub: '7', sid: 's1', iat: 1_000, exp: 1_900, name: 'ü?>' })
    expect(decodeJwtPayload(token)).toMatchObject({ sub: '7', sid: 's1', name: 'ü?>' })
    expect(readExpiry(token)).toBe(1_900_000)
  })

  it('returns null for something that is not a JWT', () => {
    expect(decodeJwtPayload('nope')).toBeNull()
    expect(decodeJwtPayload('a.!!!.c')).toBeNull()
    expect(readExpiry(jwt({ sub: '1' }))).toBeNull()
    expect(msUntilRefresh('nope')).toBeNull()
  })

  it('plans the refresh a minute before expiry, or a quarter of a short lifetime', () => {
    const now = 1_000_000
    expect(msUntilRefresh(jwt({ iat: 1_000, exp: 1_900 }), now)).toBe(1_900_000 - 60_000 - now)
    expect(msUntilRefresh(jwt({ iat: 1_000, exp: 1_040 }), now)).toBe(1_040_000 - 10_000 - now)
    expect(msUntilRefresh(jwt({ iat: 0, exp: 1 }), now)).toBe(0)
  })
})
