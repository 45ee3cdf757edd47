import { randomBytes } from 'node:crypto'
import { call } from '../../apps/api/test/api-process'

/** What the fault scenarios send: articles with tags, written by a few concurrent clients. */

export type Written = { slug: string; tagList: string[] }

export type WriteLoad = {
  acknowledged: Written[]
  /** Answers other than 201, by status (0: the connection failed). */
  failures: Map<number, number>
  stop: () => Promise<void>
}

/** `concurrency` clients creating articles with three tags each until stopped. */
export function startWriteLoad(base: string, token: string, concurrency: number): WriteLoad {
  const acknowledged: Written[] = []
  const failures = new Map<number, number>()
  let running = true
  const client = async () => {
    while (running) {
      const id = randomBytes(6).toString('hex')
      const tagList = ['fault', `fault-${id.slice(0, 2)}`, `t${id}`]
      try {
        const response = await call(base, 'POST', '/api/articles', {
          token,
          body: { article: { title: `Fault ${id}`, description: 'written under fault', body: id, tagList } },
          timeoutMs: 10_000,
        })
        if (response.status === 201) {
          acknowledged.push({ slug: (response.json.article as { slug: string }).slug, tagList })
        } else failures.set(response.status, (failures.get(response.status) ?? 0) + 1)
      } catch {
        failures.set(0, (failures.get(0) ?? 0) + 1)
        // The server is gone: don't spin.
        await new Promise((done) => setTimeout(done, 20))
      }
    }
  }
  const clients = Array.from({ length: concurrency }, client)
  return {
    acknowledged,
    failures,
    async stop() {
      running = false
      await Promise.all(clients)
    },
  }
}

export const describeFailures = (failures: Map<number, number>) =>
  [...failures].map(([status, count]) => `${status === 0 ? 'no answer' : status}×${count}`).join(' ') ||
  'none'
