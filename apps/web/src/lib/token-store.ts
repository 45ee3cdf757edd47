// The only module that touches localStorage. Tokens are always re-read from storage, so a
// refresh done by another tab is seen at once; `storage` events tell subscribers about it.
import { REFRESH_LOCK_KEY, REFRESH_LOCK_NAME, REFRESH_TOKEN_KEY, TOKEN_KEY } from './storage-keys'

export type Tokens = { token: string; refreshToken: string }
export type TokenChangeSource = 'this-tab' | 'other-tab'
type Listener = (tokens: Tokens | null, source: TokenChangeSource) => void

const LOCK_TTL_MS = 10_000
const LOCK_POLL_MS = 50

type LockManagerLike = { request: <T>(name: string, callback: () => Promise<T>) => Promise<T> }

export type TokenStoreOptions = {
  storage?: Storage
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
  locks?: LockManagerLike | null
}

export function createTokenStore(options: TokenStoreOptions = {}) {
  const storage = options.storage ?? window.localStorage
  const target = options.target ?? window
  const locks = options.locks === undefined ? defaultLocks() : options.locks
  const listeners = new Set<Listener>()

  function get(): Tokens | null {
    const token = storage.getItem(TOKEN_KEY)
    const refreshToken = storage.getItem(REFRESH_TOKEN_KEY)
    return token !== null && refreshToken !== null ? { token, refreshToken } : null
  }

  function notify(source: TokenChangeSource) {
    const tokens = get()
    for (const listener of listeners) listener(tokens, source)
  }

  function set(tokens: Tokens) {
    storage.setItem(TOKEN_KEY, tokens.token)
    storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken)
    notify('this-tab')
  }

  function clear() {
    storage.removeItem(TOKEN_KEY)
    storage.removeItem(REFRESH_TOKEN_KEY)
    notify('this-tab')
  }

  function onStorage(event: StorageEvent) {
    if (event.storageArea && event.storageArea !== storage) return
    // key null means the other tab called localStorage.clear()
    if (event.key !== null && event.key !== TOKEN_KEY && event.key !== REFRESH_TOKEN_KEY) return
    // A login writes two keys: ignore the moment when only one of them is there.
    const hasToken = storage.getItem(TOKEN_KEY) !== null
    const hasRefreshToken = storage.getItem(REFRESH_TOKEN_KEY) !== null
    if (hasToken !== hasRefreshToken) return
    notify('other-tab')
  }

  function subscribe(listener: Listener): () => void {
    if (listeners.size === 0) target.addEventListener('storage', onStorage)
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) target.removeEventListener('storage', onStorage)
    }
  }

  /** Serializes token refreshes across tabs: Web Locks when available, else a short localStorage lock. */
  async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
    if (locks) return locks.request(REFRESH_LOCK_NAME, work)
    const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`
    const giveUpAt = Date.now() + LOCK_TTL_MS
    while (!tryAcquire(id) && Date.now() < giveUpAt) await delay(LOCK_POLL_MS + Math.random() * LOCK_POLL_MS)
    try {
      return await work()
    } finally {
      if (readLock()?.id === id) storage.removeItem(REFRESH_LOCK_KEY)
    }
  }

  function readLock(): { id: string; until: number } | null {
    const raw = storage.getItem(REFRESH_LOCK_KEY)
    if (!raw) return null
    try {
      const value: unknown = JSON.parse(raw)
      if (isRecord(value) && typeof value.id === 'string' && typeof value.until === 'number') {
        return { id: value.id, until: value.until }
      }
    } catch {
      // a malformed lock is treated as free
    }
    return null
  }

  function tryAcquire(id: string): boolean {
    const lock = readLock()
    if (lock && lock.until > Date.now() && lock.id !== id) return false
    storage.setItem(REFRESH_LOCK_KEY, JSON.stringify({ id, until: Date.now() + LOCK_TTL_MS }))
    return readLock()?.id === id
  }

  return { get, set, clear, subscribe, withRefreshLock }
}

export type TokenStore = ReturnType<typeof createTokenStore>

function defaultLocks(): LockManagerLike | null {
  if (typeof navigator === 'undefined') return null
  const candidate: unknown = (navigator as { locks?: unknown }).locks
  return isRecord(candidate) && typeof candidate.request === 'function'
    ? (candidate as LockManagerLike)
    : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function delay(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms))
}

export const tokenStore = createTokenStore()

/** Reads `{user: {token, refreshToken}}` from a login, sign-up or refresh answer. */
export function readTokens(body: unknown): Tokens | null {
  if (!isRecord(body) || !isRecord(body.user)) return null
  const { token, refreshToken } = body.user
  return typeof token === 'string' && typeof refreshToken === 'string' ? { token, refreshToken } : null
}
