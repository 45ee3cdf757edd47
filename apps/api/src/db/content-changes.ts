import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { CompiledQuery, sql } from 'kysely'
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

type Work<T> = (tx: Db, changed: (change: ContentChange) => Promise<void>) => Promise<T>

export type ContentChanges = {
  /**
   * Runs `work` atomically: in a transaction of its own (PostgreSQL), or in a savepoint of a transaction
   * shared with the writes that arrived with it (SQLite's group commit); either way the promise settles
   * after the COMMIT that made it durable, and a failed `work` leaves nothing behind. What it reports
   * through `changed` reaches this process's caches right after the commit (before the caller answers) and
   * every other replica's when PostgreSQL delivers the commit's notification; a rolled-back write reports
   * nothing.
   */
  transaction<T>(work: Work<T>): Promise<T>
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

/** A batch's size bound: a waiting write is answered after at most this many others' work. */
export const GROUP_COMMIT_MAX = 32

/** `deferred`: it runs at a batch's end, after other writes that may have changed what its write saw. */
type Step = (tx: Db, deferred: boolean) => Promise<void>

type Queued = {
  work: Work<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
  outcome?: { ok: true; value: unknown; changes: ContentChange[] } | { ok: false; error: unknown }
}

/** A running group-commit batch: the steps its kept writes left for the end, and those of the running write. */
type BatchSteps = { kept: Map<string, Step>; running: Map<string, Step> }
const batches = new WeakMap<Db, BatchSteps>()

/**
 * Runs `step` at the end of the writing transaction instead of now: in a SQLite group-commit batch, after
 * every write of the batch and outside their savepoints, right before the COMMIT; anywhere else (PostgreSQL,
 * a transaction of its own), at once. A later step with the same `key` in the same batch replaces an
 * earlier one, and the steps of a write that rolled back are dropped with it. A step that fails fails the
 * whole batch, as a failing COMMIT does.
 *
 * Why: FTS5 writes its pending terms to disk at every savepoint, so an index row written inside a write's
 * savepoint costs a segment of its own; written at the batch's end, the batch's rows share one
 * (docs/decisions/020). A step must therefore read what it needs at the end (another write of the batch may
 * have changed or deleted its row) rather than trust what the write saw.
 */
export async function deferToCommit(tx: Db, key: string, step: Step): Promise<void> {
  const batch = batches.get(tx)
  if (batch) batch.running.set(key, step)
  else await step(tx, false)
}

/**
 * SQLite group commit (docs/decisions/019): the writes that arrive in the same turn of the event loop run
 * one after another in one transaction, each inside its own savepoint, and are all answered after its
 * COMMIT. A write that fails rolls back to its savepoint alone; a COMMIT that fails fails them all, and none
 * was answered as done. SQLite runs one writer at a time anyway: what a batch saves is a commit's WAL frames
 * and full-text segment per write.
 */
function createGroupCommit(db: Db, bus: LocalBus) {
  const queue: Queued[] = []
  let draining = false
  // Framing like BEGIN and COMMIT: compiled once, past the query plugins.
  const savepoint = CompiledQuery.raw('savepoint grouped_write')
  const release = CompiledQuery.raw('release grouped_write')
  const rollback = CompiledQuery.raw('rollback to grouped_write')

  async function runBatch(batch: Queued[]) {
    try {
      await db.transaction().execute(async (tx) => {
        const steps: BatchSteps = { kept: new Map(), running: new Map() }
        batches.set(tx, steps)
        for (const item of batch) {
          const changes: ContentChange[] = []
          steps.running = new Map()
          await tx.executeQuery(savepoint)
          try {
            const value = await item.work(tx, async (change) => {
              changes.push(change)
            })
            await tx.executeQuery(release)
            item.outcome = { ok: true, value, changes }
            for (const [key, step] of steps.running) steps.kept.set(key, step)
          } catch (error) {
            await tx.executeQuery(rollback)
            await tx.executeQuery(release)
            item.outcome = { ok: false, error }
          }
        }
        batches.delete(tx)
        for (const step of steps.kept.values()) await step(tx, true)
      })
    } catch (error) {
      // Nothing of this batch was committed: every write in it fails, with its own error if it had one.
      for (const item of batch) item.reject(item.outcome?.ok === false ? item.outcome.error : error)
      return
    }
    for (const item of batch) {
      const outcome = item.outcome
      if (!outcome?.ok) {
        item.reject(outcome?.error)
        continue
      }
      for (const change of outcome.changes) bus.emitter.emit('change', change)
      item.resolve(outcome.value)
    }
  }

  async function drain() {
    while (queue.length > 0) await runBatch(queue.splice(0, GROUP_COMMIT_MAX))
    draining = false
  }

  return <T>(work: Work<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
      if (draining) return
      draining = true
      // After this turn's I/O callbacks: the requests parsed in the same turn join one batch.
      setImmediate(() => void drain())
    })
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

  /** One PostgreSQL transaction per write: PostgreSQL runs them side by side and groups commits itself. */
  async function ownTransaction<T>(work: Work<T>): Promise<T> {
    const pending: ContentChange[] = []
    const result = await handle.db.transaction().execute(async (tx) => {
      const changed = async (change: ContentChange) => {
        pending.push(change)
        // Delivered to every listener at commit, never on rollback: the replicas learn in commit order.
        const payload = JSON.stringify({ origin: bus.origin, change })
        await sql`select pg_notify(${channel}, ${payload})`.execute(tx)
      }
      return work(tx, changed)
    })
    for (const change of pending) bus.emitter.emit('change', change)
    return result
  }

  const grouped = handle.dialect === 'sqlite' ? createGroupCommit(handle.db, bus) : null

  return {
    transaction: (work) => (grouped ? grouped(work) : ownTransaction(work)),
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
