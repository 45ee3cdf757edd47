import type { ContentChanges } from '../../db/content-changes'
import type { SearchPage } from './article-search.repository'

export type SearchCache = (key: string, compute: () => Promise<SearchPage>) => Promise<SearchPage>

/** Bytes a kept page is charged: its ids, its key and the bookkeeping around them. */
const size = (key: string, page: SearchPage) => key.length * 2 + page.ids.length * 8 + 96

/**
 * The results of recent searches (ids of a page and the count, never what a viewer sees: views, `favorited`
 * and highlights are built per request), keyed by the query's words, filters and page. Searches bypass the
 * page cache (docs/decisions/015), so this small LRU spares ranking for the queries readers repeat.
 *
 * Any content change drops every entry: whether an edit, a publish, a delete or a new favourite changes a
 * search's matches, order or count depends on the article's words, which the change facts do not carry.
 * A search computed while a change arrived may predate it, so it is not kept; while the change listener is
 * down, nothing is served or kept (as for the page cache, docs/decisions/012).
 */
export function createSearchCache(options: { changes: ContentChanges; maxBytes: number }): SearchCache {
  const pages = new Map<string, SearchPage>()
  let bytes = 0
  let epoch = 0

  if (options.maxBytes > 0) {
    options.changes.subscribe(() => {
      epoch += 1
      pages.clear()
      bytes = 0
    })
  }

  function remember(key: string, page: SearchPage) {
    const cost = size(key, page)
    if (cost > options.maxBytes) return
    pages.set(key, page)
    bytes += cost
    for (const [oldKey, oldPage] of pages) {
      if (bytes <= options.maxBytes) break
      pages.delete(oldKey)
      bytes -= size(oldKey, oldPage)
    }
  }

  return async (key, compute) => {
    if (options.maxBytes <= 0 || !options.changes.isLive()) return compute()
    const cached = pages.get(key)
    if (cached) {
      // Most recently used goes last.
      pages.delete(key)
      pages.set(key, cached)
      return cached
    }
    const startedAt = epoch
    const page = await compute()
    if (epoch === startedAt && options.changes.isLive() && !pages.has(key)) remember(key, page)
    return page
  }
}

/**
 * The cache key of a search: its words (already folded and deduplicated; in any order, since every word is
 * required and ranking sums over them), filters and page.
 */
export function searchKey(
  words: readonly string[],
  filter: { tag?: string; author?: string; favorited?: string },
  limit: number,
  offset: number,
): string {
  return JSON.stringify([
    [...words].sort(),
    filter.tag ?? null,
    filter.author ?? null,
    filter.favorited ?? null,
    limit,
    offset,
  ])
}
