import type { FastifyReply } from 'fastify'
import type { ChangeEvent, ContentChanges } from '../../db/content-changes'

const JSON_TYPE = 'application/json; charset=utf-8'

/** What a cached page shows, so a change can find the pages it makes stale. */
export type PageSubject =
  | { kind: 'list' }
  | { kind: 'article'; slug: string; author: (value: unknown) => string | undefined }

export type PageCache = <T>(
  reply: FastifyReply,
  key: string,
  subject: PageSubject,
  compute: () => Promise<T>,
) => Promise<FastifyReply>

type Page = { body: string; slug?: string; author?: string }

/**
 * Serialized article reads (pages and lists), kept until a change that concerns them arrives (see
 * db/content-changes.ts and docs/decisions/012): a hit costs no database work at all. Keys carry the viewer,
 * since `following` and `favorited` are the viewer's. Bounded by size, least recently used page first.
 *
 * A page computed while a change arrived may predate it, so it is not kept (`epoch`). While the change
 * listener is down, nothing is served from or kept in the cache.
 */
export function createPageCache(options: { changes: ContentChanges; maxBytes: number }): PageCache {
  const pages = new Map<string, Page>()
  let bytes = 0
  let epoch = 0

  function drop(key: string, page: Page) {
    pages.delete(key)
    bytes -= page.body.length
  }

  function apply(event: ChangeEvent) {
    epoch += 1
    if (event === 'reset' || event.everything) {
      pages.clear()
      bytes = 0
      return
    }
    const slugs = new Set(event.slugs ?? [])
    const authors = new Set(event.authors ?? [])
    for (const [key, page] of pages) {
      const shown = page.slug === undefined || slugs.has(page.slug) || authors.has(page.author ?? '')
      if (shown) drop(key, page)
    }
  }
  if (options.maxBytes > 0) options.changes.subscribe(apply)

  function remember(key: string, page: Page) {
    if (page.body.length > options.maxBytes) return
    pages.set(key, page)
    bytes += page.body.length
    for (const [oldKey, oldPage] of pages) {
      if (bytes <= options.maxBytes) break
      drop(oldKey, oldPage)
    }
  }

  return async (reply, key, subject, compute) => {
    if (options.maxBytes <= 0 || !options.changes.isLive()) return reply.send(await compute())
    const cached = pages.get(key)
    if (cached) {
      // Most recently used goes last.
      pages.delete(key)
      pages.set(key, cached)
      return reply.type(JSON_TYPE).send(cached.body)
    }
    const startedAt = epoch
    const value = await compute()
    const body = String(reply.serialize(value))
    if (epoch === startedAt && options.changes.isLive()) {
      remember(
        key,
        subject.kind === 'list'
          ? { body }
          : { body, slug: subject.slug, author: subject.author(value) ?? '' },
      )
    }
    return reply.type(JSON_TYPE).send(body)
  }
}
