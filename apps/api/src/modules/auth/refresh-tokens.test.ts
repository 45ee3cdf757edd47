import { describe, expect, it } from 'vitest'
import { hashRefreshToken, judgeSpentToken, newRefreshToken, REUSE_GRACE_MS } from './refresh-tokens'

describe('refresh tokens', () => {
  it('are 256-bit random strings, stored only as their SHA-256', () => {
    const token = newRefreshToken()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(newRefreshToken()).not.toBe(token)
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token))
    expect(hashRefreshToken(token)).not.toContain(token)
  })

  it('count a spent token presented again within the grace window as another tab, later as reuse', () => {
    const spentAt = '2026-01-01T00:00:00.000Z'
    const at = (ms: number) => new Date(Date.parse(spentAt) + ms)
    expect(judgeSpentToken(spentAt, at(0))).toBe('grace')
    expect(judgeSpentToken(spentAt, at(REUSE_GRACE_MS))).toBe('grace')
    expect(judgeSpentToken(spentAt, at(REUSE_GRACE_MS + 1))).toBe('reuse')
  })
})
