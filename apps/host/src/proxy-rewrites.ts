import type { RedirectRule } from './netlify-rules'
import { fillPath, matchPath } from './path-pattern'

/**
 * Proxy rules for single paths (`/tag/:tag/feed.atom` → `https://api…/api/feeds/articles.atom?tag=:tag`)
 * are served by rewriting the request onto the prefix proxy whose target covers them (`/api/*` →
 * `https://api…/api/:splat`), so one proxy, with its headers and error handling, forwards everything.
 * Returns the rules it can map and a `rewriteUrl` for Fastify; a rule that no prefix proxy covers is an error.
 */
export function proxyRewrites(proxyRules: readonly RedirectRule[]): {
  prefixRules: RedirectRule[]
  rewriteUrl: (url: string) => string
} {
  const isPrefix = (rule: RedirectRule) => rule.from.endsWith('/*')
  const prefixRules = proxyRules.filter(isPrefix)
  const mapped = proxyRules
    .filter((rule) => !isPrefix(rule))
    .map((rule) => {
      const target = new URL(rule.to)
      const covering = prefixRules.find((prefix) => {
        const base = new URL(prefix.to)
        return base.origin === target.origin && target.pathname.startsWith(basePath(prefix))
      })
      if (!covering)
        throw new Error(`unsupported proxy rule ${rule.from} -> ${rule.to}: no "/prefix/*" proxy covers it`)
      const local = covering.from.slice(0, -1) + target.pathname.slice(basePath(covering).length)
      return { from: rule.from, to: `${local}${target.search}` }
    })

  return {
    prefixRules,
    rewriteUrl(url) {
      const path = url.split('?', 1)[0] ?? '/'
      for (const rule of mapped) {
        const params = matchPath(rule.from, path)
        if (params === null) continue
        // Path segments arrive percent-encoded; they are decoded once and encoded again for the query.
        const encoded = Object.fromEntries(
          Object.entries(params).map(([key, value]) => [key, reencode(value)]),
        )
        return fillPath(rule.to, encoded)
      }
      return url
    },
  }
}

/** `https://x/api/:splat` → `/api/`. */
const basePath = (rule: RedirectRule) => decodeURI(new URL(rule.to).pathname).replace(/:splat$/, '')

function reencode(segment: string): string {
  try {
    return encodeURIComponent(decodeURIComponent(segment))
  } catch {
    return encodeURIComponent(segment)
  }
}
