import type { FastifyReply } from 'fastify'

const JSON_TYPE = 'application/json; charset=utf-8'

/** A page's payload and the headers that belong to it (an ETag), kept and replayed with its bytes. */
export type CachedPage<T> = { payload: T; headers?: Record<string, string> }

export type PageCache = <T>(
  reply: FastifyReply,
  key: string,
  compute: () => Promise<CachedPage<T>>,
) => Promise<FastifyReply>

type Entry = { body: string; headers: Record<string, string> }

/**
 * Serialized article reads, reused until the content version moves (any write to articles, tags,
 * favourites, follows or author profiles, on any replica; see db/content-version.ts). A hit costs one row
 * read instead of the page statement and its serialization. Keys carry the viewer, since `following` and
 * `favorited` are the viewer's; the cache is bounded by size and forgets the least recently used page first.
 */
export function createPageCache(options: {
  readVersion: () => Promise<number>
  maxBytes: number
}): PageCache {
  const pages = new Map<string, Entry>()
  let bytes = 0
  let version = -1

  function remember(key: string, entry: Entry) {
    if (entry.body.length > options.maxBytes) return
    pages.set(key, entry)
    bytes += entry.body.length
    for (const [oldKey, old] of pages) {
      if (bytes <= options.maxBytes) break
      pages.delete(oldKey)
      bytes -= old.body.length
    }
  }

  return async (reply, key, compute) => {
    if (options.maxBytes <= 0) {
      const page = await compute()
      return reply.headers(page.headers ?? {}).send(page.payload)
    }
    const current = await options.readVersion()
    if (current !== version) {
      pages.clear()
      bytes = 0
      version = current
    }
    let entry = pages.get(key)
    if (entry === undefined) {
      const page = await compute()
      entry = { body: String(reply.serialize(page.payload)), headers: page.headers ?? {} }
      // A newer version seen meanwhile by another request means this body may be older than it: don't keep it.
      if (version === current) remember(key, entry)
    } else {
      pages.delete(key)
      pages.set(key, entry)
    }
    return reply.headers(entry.headers).type(JSON_TYPE).send(entry.body)
  }
}
