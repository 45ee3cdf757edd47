import { randomBytes } from 'node:crypto'
import { call, sleep } from '../../apps/api/test/api-process'

/** Reads (GET) and writes (comments) through the host until `stop()`; every answer is recorded. */

export type Sent = { method: string; at: number; status: number; body: unknown }

export type Workload = {
  sent: Sent[]
  /** Ids of comments the API acknowledged (200). */
  acknowledged: number[]
  stop: () => Promise<void>
}

export async function signUp(base: string): Promise<string> {
  const suffix = randomBytes(5).toString('hex')
  const response = await call(base, 'POST', '/api/users', {
    body: {
      user: { username: `c_${suffix}`, email: `c_${suffix}@example.com`, password: 'cluster-test-pw' },
    },
  })
  if (response.status !== 201) throw new Error(`sign-up answered ${response.status}`)
  return (response.json.user as { token: string }).token
}

export async function createArticle(base: string, token: string): Promise<string> {
  const response = await call(base, 'POST', '/api/articles', {
    token,
    body: { article: { title: `Cluster ${randomBytes(4).toString('hex')}`, description: 'd', body: 'b' } },
  })
  if (response.status !== 201) throw new Error(`create article answered ${response.status}`)
  return (response.json.article as { slug: string }).slug
}

/**
 * `clients` users, each waiting `pauseMs` between requests: a steady load of at most
 * clients × 1000 / pauseMs requests a second. Not as fast as possible: a load that takes every CPU
 * cycle of the machine starves the replica being restarted, which then needs 30 s or more to load its
 * modules instead of 1–3 s, and that is a property of the test rig, not of the cluster.
 */
export function startWorkload(
  base: string,
  token: string,
  slug: string,
  { clients, pauseMs }: { clients: number; pauseMs: number },
): Workload {
  const sent: Sent[] = []
  const acknowledged: number[] = []
  let running = true
  const reads = [
    '/api/articles?limit=5',
    `/api/articles/${slug}`,
    '/api/tags',
    `/api/articles/${slug}/comments`,
  ]
  const client = async (n: number) => {
    for (let i = 0; running; i++) {
      const write = (i + n) % 4 === 0
      const entry: Sent = { method: write ? 'POST' : 'GET', at: Date.now(), status: 0, body: null }
      sent.push(entry)
      try {
        const response = write
          ? await call(base, 'POST', `/api/articles/${slug}/comments`, {
              token,
              body: { comment: { body: `comment ${n}.${i}` } },
            })
          : await call(base, 'GET', reads[i % reads.length] ?? '/api/tags', { token })
        entry.status = response.status
        entry.body = response.json
        if (write && response.status === OK_STATUS)
          acknowledged.push((response.json.comment as { id: number }).id)
      } catch (error) {
        entry.body = String(error)
      }
      await sleep(pauseMs)
    }
  }
  const done = Promise.all(Array.from({ length: clients }, (_, n) => client(n)))
  return {
    sent,
    acknowledged,
    async stop() {
      running = false
      await done
    },
  }
}

/** What a write answers when it succeeds (the API answers 200 to a new comment). */
export const OK_STATUS = 200

export const UNAVAILABLE = /the API (is unavailable|did not answer in time)/

export function summarize(sent: readonly Sent[]): string {
  const byStatus = new Map<string, number>()
  for (const entry of sent) {
    const key = `${entry.method} ${entry.status}`
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1)
  }
  return [...byStatus.entries()]
    .sort()
    .map(([key, count]) => `${key}×${count}`)
    .join(', ')
}
