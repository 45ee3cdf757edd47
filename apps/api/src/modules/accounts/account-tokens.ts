import { createHash, randomBytes } from 'node:crypto'

export type TokenPurpose = 'password-reset' | 'email-verification'

/** 256 random bits for a link in a mail; only its SHA-256 is stored. */
export const newAccountToken = (): string => randomBytes(32).toString('base64url')

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

export const hashAccountToken = sha256

/** Identifies a password without keeping a second copy of its hash: a new password gives a new fingerprint. */
export const passwordFingerprint = sha256
