import type { FastifyReply } from 'fastify'
import type { ChangeEvent, ContentChange, ContentChanges } from '../db/content-changes'

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * What a cached read shows, so a change can find the reads it makes stale: one article, a list of articles,
 * or one account (the signed-in user, a profile).
 */
export type Shows = { articleId: number; authorId: number } | 'list' | { accountId: number }

/** A read's payload, what it shows, and the headers that belong to it (an ETag), kept and replayed with it. */
export type CachedPage<T> = { value: T; shows: Shows; headers?: Record<string, string> }

export type PageCache = <T>(
  reply: FastifyReply,
  key: string,
  compute: () => Promise<CachedPage<T>>,
) => Promise<FastifyReply>

type Page = { body: string; shows: Shows; headers: Record<string, string> }

/** Whether a change reports nothing but accounts, which no article read shows beyond their authors. */
const onlyAccounts = (change: ContentChange) =>
  !change.articleIds && !change.authorIds && !change.tags && !change.viewerIds

/**
 * Whether a change makes a cached read stale. Every change to articles, authors or viewers may move a list's
 * members, order or counts.
 */
function isStale(shows: Shows, event: ChangeEvent): boolean {
  if (event === 'reset' || event.everything) return true
  if (shows === 'list') return !onlyAccounts(event)
  if ('accountId' in shows) return Boolean(event.accountIds?.includes(shows.accountId))
  return Boolean(event.articleIds?.includes(shows.articleId) || event.authorIds?.includes(shows.authorId))
}

/**
 * Serialized reads (articles, lists, the signed-in user, profiles), kept until a change that concerns them
 * arrives (see db/content-changes.ts and docs/decisions/012, 018): a hit costs no database work at all. Keys
 * carry the viewer (or the token, which the signed-in user's read shows), since `following` and `favorited`
 * are the viewer's. Bounded by size, least recently used page first.
 *
 * A read computed while any change arrived may predate it, so it is not kept (`epoch`). While the change
 * listener is down, nothing is served from the cache or kept in it.
 */
export function createPageCache(options: { changes: ContentChanges; maxBytes: number }): PageCache {
  const pages = new Map<string, Page>()
  let bytes = 0
  let epoch = 0

  function forget(key: string, page: Page) {
    pages.delete(key)
    bytes -= page.body.length
  }

  if (options.maxBytes > 0) {
    options.changes.subscribe((event) => {
      epoch += 1
      for (const [key, page] of pages) if (isStale(page.shows, event)) forget(key, page)
    })
  }

  function remember(key: string, page: Page) {
    if (page.body.length > options.maxBytes) return
    pages.set(key, page)
    bytes += page.body.length
    for (const [oldKey, oldPage] of pages) {
      if (bytes <= options.maxBytes) break
      forget(oldKey, oldPage)
    }
  }

  return async (reply, key, compute) => {
    if (options.maxBytes <= 0 || !options.changes.isLive()) {
      const page = await compute()
      return reply.headers(page.headers ?? {}).send(page.value)
    }
    const cached = pages.get(key)
    if (cached) {
      // Most recently used goes last.
      pages.delete(key)
      pages.set(key, cached)
      return reply.headers(cached.headers).type(JSON_TYPE).send(cached.body)
    }
    const startedAt = epoch
    const { value, shows, headers = {} } = await compute()
    const body = String(reply.serialize(value))
    if (epoch === startedAt && options.changes.isLive()) remember(key, { body, shows, headers })
    return reply.headers(headers).type(JSON_TYPE).send(body)
  }
}
