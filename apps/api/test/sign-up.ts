import { randomBytes } from 'node:crypto'

/**
 * The one way tests and tools make an account: the API tests through `app.inject`, and the scale-out
 * test, e2e, bench, faults and load over HTTP. Each passes how it sends a POST; the rules live here.
 */

export type NewUser = { username: string; email: string; password: string }
export type SignedUpUser = NewUser & { token: string; refreshToken: string }
/** Sends a JSON POST and answers the status and the parsed body (null when it is not JSON). */
export type Post = (path: string, body: unknown) => Promise<{ status: number; json: unknown }>

/** A user nobody else has: a random suffix keeps parallel runs, replicas and reruns apart. */
export function newUser(prefix = 'user', overrides: Partial<NewUser> = {}): NewUser {
  const username = `${prefix}_${randomBytes(4).toString('hex')}`
  return { username, email: `${username}@example.com`, password: 'correct horse battery', ...overrides }
}

/** Registers `user` through `POST /api/users`; anything but 201 throws with the API's answer. */
export async function signUp(post: Post, user: NewUser = newUser()): Promise<SignedUpUser> {
  const { status, json } = await post('/api/users', { user })
  const tokens = (json as { user?: { token?: unknown; refreshToken?: unknown } } | null)?.user
  if (status !== 201 || typeof tokens?.token !== 'string' || typeof tokens.refreshToken !== 'string')
    throw new Error(`sign-up of ${user.username} failed: ${status} ${JSON.stringify(json)}`)
  return { ...user, token: tokens.token, refreshToken: tokens.refreshToken }
}
