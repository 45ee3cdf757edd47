import { createHash, randomBytes } from 'node:crypto'

/** 256 random bits; only the SHA-256 is stored, so a database leak reveals no usable token. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url')

export const hashRefreshToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url')

export const newSessionId = (): string => randomBytes(16).toString('base64url')

/** How long a spent token may be presented again (two tabs refreshing at once) before it counts as reuse. */
export const REUSE_GRACE_MS = 10_000

export type SpentTokenVerdict = 'grace' | 'reuse'

export const judgeSpentToken = (spentAt: string, now: Date): SpentTokenVerdict =>
  now.getTime() - Date.parse(spentAt) <= REUSE_GRACE_MS ? 'grace' : 'reuse'
