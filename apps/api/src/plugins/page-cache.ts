import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify'
import type { ChangeEvent, ContentChange, ContentChanges } from '../db/content-changes'

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * What a cached read shows, so a change can find the reads it makes stale: one article, a list of articles,
 * or one account (the signed-in user, a profile).
 */
export type Shows = { articleId: number; authorId: number } | 'list' | { accountId: number }

/** A read's payload, what it shows, and the headers that belong to it (an ETag), kept and replayed with it. */
export type CachedPage<T> = { value: T; shows: Shows; headers?: Record<string, string> }

/** Which cached page answers a request, or null for one the cache must not answer (a preview link). */
export type PageKey = (request: FastifyRequest) => string | null

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Opts a GET route into the page cache: a hit is answered from the route's onRequest, after auth. */
    pageKey?: PageKey
  }
  interface FastifyRequest {
    pageKey: string | null
  }
  interface FastifyReply {
    /** Sends the page `compute` makes, and keeps it under the request's key unless a change raced it. */
    sendPage<T>(compute: () => Promise<CachedPage<T>>): Promise<FastifyReply>
  }
}

/** The serialized answer and every header it carries (content type, ETag), ready to write as they are. */
type Page = { body: Buffer; shows: Shows; headers: Record<string, string>; recent: boolean; size: number }

/**
 * What a page costs beside its body: its key (a token key is ~250 characters, a `GET /api/user` body ~350
 * bytes) and about this much for the entry, the page object and its headers.
 */
const ENTRY_BYTES = 256

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

/** A page per viewer: `following` and `favorited` are the viewer's. The URL names every other input. */
export const byViewer: PageKey = (request) => `${request.user?.id ?? ''} ${request.url}`

/** A page per access token, for answers that carry the token itself (`GET /api/user`). */
export const byToken: PageKey = (request) => (request.user ? `${request.user.token} ${request.url}` : null)

export type PageCache = ReturnType<typeof createPageCache>

/**
 * Serialized reads (articles, lists, the signed-in user, profiles), kept until a change that concerns them
 * arrives (see db/content-changes.ts and docs/decisions/012, 018): a hit costs no database work at all.
 * Bounded by size: the oldest page goes first unless it was read since it was last passed over (a second
 * chance, so a hit marks a page rather than moving it: one lookup per hit).
 *
 * A read computed while any change arrived may predate it, so it is not kept (`epoch`). While the change
 * listener is down, nothing is served from the cache or kept in it.
 */
export function createPageCache(options: { changes: ContentChanges; maxBytes: number }) {
  const pages = new Map<string, Page>()
  const enabled = options.maxBytes > 0
  let bytes = 0
  let epoch = 0

  function forget(key: string, page: Page) {
    pages.delete(key)
    bytes -= page.size
  }

  if (enabled) {
    options.changes.subscribe((event) => {
      epoch += 1
      for (const [key, page] of pages) if (isStale(page.shows, event)) forget(key, page)
    })
  }

  function remember(key: string, page: Page) {
    if (page.size > options.maxBytes) return
    // Two concurrent misses of one key both keep their page: the first one's bytes go with it.
    const previous = pages.get(key)
    if (previous) forget(key, previous)
    pages.set(key, page)
    bytes += page.size
    for (const [oldKey, oldPage] of pages) {
      if (bytes <= options.maxBytes) break
      if (oldPage.recent) {
        // Read since it was last passed over: goes to the back of the line, to be visited again.
        oldPage.recent = false
        pages.delete(oldKey)
        pages.set(oldKey, oldPage)
      } else forget(oldKey, oldPage)
    }
  }

  return {
    /** The page kept under `key`, if the cache may answer now. */
    hit(key: string): Page | undefined {
      if (!enabled || !options.changes.isLive()) return undefined
      const page = pages.get(key)
      if (page) page.recent = true
      return page
    },

    async send<T>(
      reply: FastifyReply,
      key: string | null,
      compute: () => Promise<CachedPage<T>>,
    ): Promise<FastifyReply> {
      const startedAt = epoch
      const { value, shows, headers = {} } = await compute()
      const body = Buffer.from(String(reply.serialize(value)))
      const size = body.length + (key?.length ?? 0) * 2 + ENTRY_BYTES
      const page = { body, shows, headers: { ...headers, 'content-type': JSON_TYPE }, recent: false, size }
      if (key !== null && enabled && epoch === startedAt && options.changes.isLive()) remember(key, page)
      return reply.headers(page.headers).send(body)
    },
  }
}

/**
 * Wires the cache into the routes that opt in with `config.pageKey`: their onRequest, after the auth hook
 * and the route's own guard, answers a hit with the stored bytes and headers and skips the rest (parsing,
 * validation, handler, serialization); a miss goes on to the handler, which calls `reply.sendPage`.
 * Must be registered before the routes.
 */
export function registerPageCache(app: FastifyInstance, cache: PageCache): void {
  app.decorateRequest('pageKey', null)
  app.decorateReply('sendPage', function sendPage<
    T,
  >(this: FastifyReply, compute: () => Promise<CachedPage<T>>) {
    return cache.send(this, this.request.pageKey, compute)
  })
  app.addHook('onRoute', (route) => {
    const keyOf = route.config?.pageKey
    if (!keyOf) return
    const answerHit: onRequestHookHandler = (request, reply, done) => {
      const key = keyOf(request)
      request.pageKey = key
      const page = key === null ? undefined : cache.hit(key)
      if (!page) return done()
      reply.headers(page.headers).send(page.body)
    }
    const own = route.onRequest
    route.onRequest = own ? [...(Array.isArray(own) ? own : [own]), answerHit] : [answerHit]
  })
}
