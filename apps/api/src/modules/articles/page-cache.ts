import type { FastifyReply } from 'fastify'

const JSON_TYPE = 'application/json; charset=utf-8'

export type PageCache = <T>(
  reply: FastifyReply,
  key: string,
  compute: () => Promise<T>,
) => Promise<FastifyReply>

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
  const pages = new Map<string, string>()
  let bytes = 0
  let version = -1

  function remember(key: string, body: string) {
    if (body.length > options.maxBytes) return
    pages.set(key, body)
    bytes += body.length
    for (const [oldKey, oldBody] of pages) {
      if (bytes <= options.maxBytes) break
      pages.delete(oldKey)
      bytes -= oldBody.length
    }
  }

  return async (reply, key, compute) => {
    if (options.maxBytes <= 0) return reply.send(await compute())
    const current = await options.readVersion()
    if (current !== version) {
      pages.clear()
      bytes = 0
      version = current
    }
    let body = pages.get(key)
    if (body === undefined) {
      body = String(reply.serialize(await compute()))
      // A newer version seen meanwhile by another request means this body may be older than it: don't keep it.
      if (version === current) remember(key, body)
    } else {
      pages.delete(key)
      pages.set(key, body)
    }
    return reply.type(JSON_TYPE).send(body)
  }
}
