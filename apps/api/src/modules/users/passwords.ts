import { hash, verify } from '@node-rs/argon2'

/** `Algorithm.Argon2id`; the package exports it as a const enum, which isolated modules cannot read. */
const ARGON2ID = 2

/** OWASP's argon2id parameters: 19 MiB, 2 passes, 1 lane. Hashing runs off the event loop. */
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMETERS)

let decoy: Promise<string> | undefined

/**
 * Checks a password against a stored hash. Without a hash (unknown email) it still spends one verification
 * on a decoy, so the answer takes as long whether or not the account exists.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword('decoy password that matches nothing')
  const target = storedHash ?? (await decoy)
  const matches = await verify(target, password).catch(() => false)
  return matches && storedHash !== undefined
}
