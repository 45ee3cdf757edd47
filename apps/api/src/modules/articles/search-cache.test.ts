import { describe, expect, it } from 'vitest'
import type { ChangeEvent, ContentChanges } from '../../db/content-changes'
import type { SearchPage } from './article-search.repository'
import { createSearchCache, searchKey } from './search-cache'

/** The change bus as the cache sees it: subscribers, and whether the listener is live. */
function changeBus() {
  const listeners = new Set<(event: ChangeEvent) => void>()
  let live = true
  const changes = {
    subscribe: (listener: (event: ChangeEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    isLive: () => live,
  } as unknown as ContentChanges
  return {
    changes,
    emit: (event: ChangeEvent) => {
      for (const listener of listeners) listener(event)
    },
    setLive: (value: boolean) => {
      live = value
    },
  }
}

function counted(page: SearchPage) {
  const compute = async () => {
    compute.calls += 1
    return page
  }
  compute.calls = 0
  return compute
}

const page = (n: number): SearchPage => ({ ids: Array.from({ length: n }, (_, i) => i + 1), count: n })

describe('search cache', () => {
  it('answers a repeated search without computing it again, until any change arrives', async () => {
    const bus = changeBus()
    const cache = createSearchCache({ changes: bus.changes, maxBytes: 4096 })
    const compute = counted(page(3))
    expect(await cache('a', compute)).toEqual(page(3))
    expect(await cache('a', compute)).toEqual(page(3))
    expect(compute.calls).toBe(1)
    bus.emit({ viewerIds: [1] })
    await cache('a', compute)
    expect(compute.calls).toBe(2)
    bus.emit('reset')
    await cache('a', compute)
    expect(compute.calls).toBe(3)
  })

  it('does not keep a search computed while a change arrived', async () => {
    const bus = changeBus()
    const cache = createSearchCache({ changes: bus.changes, maxBytes: 4096 })
    const compute = counted(page(1))
    await cache('a', async () => {
      bus.emit({ articleIds: [1] })
      return compute()
    })
    await cache('a', compute)
    expect(compute.calls).toBe(2)
  })

  it('neither serves nor keeps while the change listener is down, and 0 bytes turns it off', async () => {
    const bus = changeBus()
    const cache = createSearchCache({ changes: bus.changes, maxBytes: 4096 })
    const compute = counted(page(1))
    await cache('a', compute)
    bus.setLive(false)
    await cache('a', compute)
    bus.setLive(true)
    await cache('a', compute)
    expect(compute.calls).toBe(2)

    const off = createSearchCache({ changes: bus.changes, maxBytes: 0 })
    await off('a', compute)
    await off('a', compute)
    expect(compute.calls).toBe(4)
  })

  it('stays within its size, dropping the least recently used search first', async () => {
    const bus = changeBus()
    // Room for two pages of 20 ids and their keys, not three.
    const cache = createSearchCache({ changes: bus.changes, maxBytes: 650 })
    const computes = ['a', 'b', 'c'].map(() => counted(page(20)))
    const [a, b, c] = computes as [
      ReturnType<typeof counted>,
      ReturnType<typeof counted>,
      ReturnType<typeof counted>,
    ]
    await cache('a', a)
    await cache('b', b)
    await cache('a', a)
    await cache('c', c)
    await cache('a', a)
    await cache('b', b)
    expect([a.calls, b.calls, c.calls]).toEqual([1, 2, 1])
  })

  it('keys a search by its words, filters and page', () => {
    const keys = new Set([
      searchKey(['rust'], {}, 20, 0),
      searchKey(['rust'], {}, 20, 20),
      searchKey(['rust'], {}, 10, 0),
      searchKey(['rust'], { tag: 'go' }, 20, 0),
      searchKey(['rust'], { author: 'go' }, 20, 0),
      searchKey(['rust'], { favorited: 'go' }, 20, 0),
      searchKey(['rust', 'go'], {}, 20, 0),
    ])
    expect(keys.size).toBe(7)
    expect(searchKey(['go', 'rust'], {}, 20, 0)).toBe(searchKey(['rust', 'go'], {}, 20, 0))
  })
})
