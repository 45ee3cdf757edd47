import { createHash } from 'node:crypto'
import { Feed } from 'feed'
import type { ArticlesService } from '../articles/articles.service'
import { renderMarkdown } from './markdown'

const ENTRIES = 20

export type FeedFilter = { tag?: string; author?: string }
export type AtomDocument = { xml: string; etag: string; lastModified: Date | null }

/** The characters XML 1.0 allows; article text may hold others (control characters, lone surrogates). */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  )
}

const xmlText = (text: string) => Array.from(text).filter(isXmlChar).join('')

/**
 * `feed` writes titles and summaries as `type="html"` CDATA, so plain text is escaped into HTML first; that
 * also leaves no `]]>` for the CDATA section to trip over (the library splits only the first one).
 */
const htmlText = (text: string) =>
  xmlText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

/** The library escapes `&` and `"` in attributes but not `<`, which XML forbids there. */
const attribute = (text: string) => xmlText(text).replaceAll('<', '')

const html = (markdown: string) => renderMarkdown(xmlText(markdown)).replaceAll(']]>', ']]&gt;')

export type FeedsService = ReturnType<typeof createFeedsService>

/**
 * Atom feeds of the latest articles, site-wide, per tag or per author. They read the same list as the web
 * app (ArticlesService.list), so whatever the list leaves out (drafts, hidden articles) feeds leave out too.
 * The document depends only on the articles, so its hash is a stable ETag.
 */
export function createFeedsService(deps: { articles: ArticlesService; appUrl: string }) {
  const { articles, appUrl } = deps
  const site = (path: string) => `${appUrl}${path}`
  const segment = encodeURIComponent

  function describe(filter: FeedFilter) {
    if (filter.tag !== undefined)
      return {
        title: `Conduit: articles tagged ${filter.tag}`,
        page: site(`/?${new URLSearchParams({ tag: filter.tag })}`),
        self: site(`/tag/${segment(filter.tag)}/feed.atom`),
      }
    if (filter.author !== undefined)
      return {
        title: `Conduit: articles by ${filter.author}`,
        page: site(`/profile/${segment(filter.author)}`),
        self: site(`/profile/${segment(filter.author)}/feed.atom`),
      }
    return { title: 'Conduit: latest articles', page: site('/'), self: site('/feed.atom') }
  }

  return {
    /** The latest listed articles, the most recently published first (the list's order). */
    async latest(filter: FeedFilter): Promise<AtomDocument> {
      const { articles: latest } = await articles.list(filter, { limit: ENTRIES, offset: 0 }, null)
      const newest = latest.reduce<string | null>(
        (max, article) => (max === null || article.updatedAt > max ? article.updatedAt : max),
        null,
      )
      const about = describe(filter)
      const feed = new Feed({
        id: about.self,
        title: xmlText(about.title),
        link: about.page,
        feedLinks: { atom: about.self },
        // An empty feed still needs an <updated>; a fixed one keeps its ETag stable.
        updated: new Date(newest ?? 0),
        copyright: 'Each article belongs to its author',
        generator: 'Conduit',
      })
      for (const article of latest) {
        const url = site(`/article/${segment(article.slug)}`)
        feed.addItem({
          id: url,
          link: url,
          title: htmlText(article.title),
          description: htmlText(article.description),
          content: html(article.body),
          date: new Date(article.updatedAt),
          // Listed articles are published; the list orders them by this date too.
          published: new Date(article.publishedAt ?? article.createdAt),
          author: [
            {
              name: xmlText(article.author.username),
              link: site(`/profile/${segment(article.author.username)}`),
            },
          ],
          category: article.tagList.map((tag) => ({ name: attribute(tag), term: attribute(tag) })),
        })
      }
      const xml = feed.atom1()
      const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`
      return { xml, etag, lastModified: newest === null ? null : new Date(newest) }
    },
  }
}
