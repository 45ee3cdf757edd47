import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 random bits, URL-safe. */
export const newPreviewToken = () => randomBytes(32).toString('base64url')

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Compared as fixed-length digests, so the time taken says nothing about how much of a guess was right. */
export const previewTokenMatches = (given: string, stored: string | null) =>
  stored !== null && timingSafeEqual(digest(given), digest(stored))
