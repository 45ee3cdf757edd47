import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { sql } from 'kysely'
import type { Client } from 'pg'
import type { DatabaseHandle, Db } from './database'

/**
 * What a write changed, stated as facts. Every write that changes what a cached read shows reports them
 * through `ContentChanges.transaction`, the one choke point for cache invalidation: the cache, not the
 * writer, decides which cached reads they make stale (docs/decisions/012).
 */
export type ContentChange = {
  /** Articles whose own read changed: text, tags, favourites count, or gone. */
  articleIds?: readonly number[]
  /** Authors whose profile or whose list of articles changed (their list, their followers' feeds). */
  authorIds?: readonly number[]
  /** Tags gained by an article; tags lost are those of `articleIds` before the write. */
  tags?: readonly string[]
  /** Users whose own view changed: what they favourite (`favorited`) or follow (`following`, their feed). */
  viewerIds?: readonly number[]
  /**
   * Accounts whose own reads changed: `GET /api/user` (name, email, bio, image, verification, or gone) and
   * their profile (those, or a follower gained or lost: the follower's `following`). A change that reports
   * only this leaves article reads alone.
   */
  accountIds?: readonly number[]
  /** Anything broader (an account and everything it touched deleted): every cached read. */
  everything?: boolean
}

/** A change to apply, or `reset`: changes may have been missed (the listener reconnected), drop everything. */
export type ChangeEvent = ContentChange | 'reset'

export type ContentChanges = {
  /**
   * Runs `work` in one transaction. What it reports through `changed` reaches this process's caches right
   * after the commit (before the caller answers) and every other replica's when PostgreSQL delivers the
   * commit's notification; a rolled-back transaction reports nothing.
   */
  transaction<T>(work: (tx: Db, changed: (change: ContentChange) => Promise<void>) => Promise<T>): Promise<T>
  subscribe(listener: (event: ChangeEvent) => void): () => void
  /** False while another replica's change could go unseen: caches must not answer (they recompute). */
  isLive(): boolean
  close(): Promise<void>
}

type LocalBus = { emitter: EventEmitter; origin: string }

/**
 * Apps on the same database handle (a test's second replica) share one bus, so they hear each other at
 * once. `origin` tells the bus's own notifications apart from other handles' and processes': the bus already
 * delivered those.
 */
const localBuses = new WeakMap<Db, LocalBus>()
function localBus(db: Db): LocalBus {
  let bus = localBuses.get(db)
  if (!bus) {
    const emitter = new EventEmitter()
    emitter.setMaxListeners(0)
    bus = { emitter, origin: randomBytes(6).toString('hex') }
    localBuses.set(db, bus)
  }
  return bus
}

export const HEARTBEAT_MS = 1000
const RECONNECT_MAX_MS = 2000

export function createContentChanges(
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
): ContentChanges {
  const bus = localBus(handle.db)
  const channel = `conduit_content_${handle.schema ?? 'public'}`.slice(0, 63)
  const listener =
    handle.dialect === 'postgres' && handle.url
      ? startListener(handle.url, handle.schema, channel, bus, options.onError)
      : null

  return {
    async transaction(work) {
      const pending: ContentChange[] = []
      const result = await handle.db.transaction().execute(async (tx) => {
        const changed = async (change: ContentChange) => {
          pending.push(change)
          if (handle.dialect !== 'postgres') return
          // Delivered to every listener at commit, never on rollback: the replicas learn in commit order.
          const payload = JSON.stringify({ origin: bus.origin, change })
          await sql`select pg_notify(${channel}, ${payload})`.execute(tx)
        }
        return work(tx, changed)
      })
      for (const change of pending) bus.emitter.emit('change', change)
      return result
    },
    subscribe(subscriber) {
      bus.emitter.on('change', subscriber)
      return () => bus.emitter.off('change', subscriber)
    },
    isLive: () => listener?.isLive() ?? true,
    close: async () => {
      await listener?.close()
    },
  }
}

/**
 * One dedicated PostgreSQL connection that LISTENs for other processes' changes. A heartbeat notices a
 * connection that died silently; until it is back (and has dropped everything it may have missed), the
 * process's caches are told not to answer.
 */
function startListener(
  url: string,
  schema: string | undefined,
  channel: string,
  bus: LocalBus,
  onError: ((error: unknown) => void) | undefined,
) {
  let client: Client | null = null
  let live = false
  let closed = false
  let heartbeat: NodeJS.Timeout | undefined
  let retryDelay = 100

  function goDown(error?: unknown) {
    if (error && onError && !closed) onError(error)
    live = false
    clearInterval(heartbeat)
    const old = client
    client = null
    old?.removeAllListeners('notification')
    old?.end().catch(() => {})
    if (!closed) {
      setTimeout(connect, retryDelay).unref()
      retryDelay = Math.min(retryDelay * 2, RECONNECT_MAX_MS)
    }
  }

  async function connect() {
    if (closed || client) return
    const { default: pg } = await import('pg')
    // Closed while pg loaded (an app closed right after it started): no client is left connected behind it.
    if (closed) return
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      application_name: 'conduit-change-listener',
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    })
    client = next
    next.on('error', (error) => {
      if (client === next) goDown(error)
    })
    next.on('end', () => {
      if (client === next) goDown()
    })
    next.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return
      const { origin, change } = JSON.parse(message.payload) as { origin: string; change: ContentChange }
      if (origin !== bus.origin) bus.emitter.emit('change', change)
    })
    try {
      await next.connect()
      await next.query(`listen ${channel}`)
    } catch (error) {
      if (client === next) goDown(error)
      return
    }
    if (closed) void next.end().catch(() => {})
    if (client !== next || closed) return
    retryDelay = 100
    // Whatever happened while nobody listened is unknown: start from an empty cache.
    bus.emitter.emit('change', 'reset')
    live = true
    heartbeat = setInterval(() => {
      const probe = next.query('select 1')
      const timeout = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('change listener heartbeat timed out')), HEARTBEAT_MS).unref(),
      )
      Promise.race([probe, timeout]).catch((error) => {
        if (client === next) goDown(error)
      })
    }, HEARTBEAT_MS)
    heartbeat.unref()
  }

  void connect()

  return {
    isLive: () => live,
    async close() {
      closed = true
      live = false
      clearInterval(heartbeat)
      const old = client
      client = null
      await old?.end().catch(() => {})
    },
  }
}
