// The editor's unsaved text, kept in localStorage on every change, so a closed tab, a crash or an expired
// session loses nothing. Like token-store.ts, the only code that touches its keys.

export type StoredDraft = {
  title: string
  description: string
  body: string
  tagList: string[]
  /** When it was kept (ms since epoch), to say how old it is when offering it back. */
  savedAt: number
}

const PREFIX = 'conduit.editor.'

/** One slot per writer and article (`new` for one not saved yet): people may share a browser. */
const keyOf = (username: string, slug: string | undefined) => `${PREFIX}${username}/${slug ?? 'new'}`

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return (
    typeof draft.title === 'string' &&
    typeof draft.description === 'string' &&
    typeof draft.body === 'string' &&
    Array.isArray(draft.tagList) &&
    draft.tagList.every((tag) => typeof tag === 'string') &&
    typeof draft.savedAt === 'number'
  )
}

export function createDraftStore(storage: Storage = window.localStorage) {
  return {
    get(username: string, slug: string | undefined): StoredDraft | null {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(keyOf(username, slug)) ?? 'null')
        return isStoredDraft(parsed) ? parsed : null
      } catch {
        return null
      }
    },

    set(username: string, slug: string | undefined, draft: Omit<StoredDraft, 'savedAt'>) {
      try {
        storage.setItem(keyOf(username, slug), JSON.stringify({ ...draft, savedAt: Date.now() }))
      } catch {
        // Storage full or disabled: the editor still works, it just cannot keep a copy.
      }
    },

    clear(username: string, slug: string | undefined) {
      storage.removeItem(keyOf(username, slug))
    },
  }
}

export type DraftStore = ReturnType<typeof createDraftStore>

export const draftStore = createDraftStore()
