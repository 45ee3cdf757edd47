import Fastify, { type FastifyInstance } from 'fastify'
import { apiProxy } from './api-proxy'
import { hostLogger } from './log'
import { headersFor, isProxyRule, type NetlifyRules } from './netlify-rules'
import { proxyRewrites } from './proxy-rewrites'
import { staticSite } from './static-site'

/** Netlify gives up on a proxied request after 26 s; the host does the same. */
const NETLIFY_PROXY_TIMEOUT_MS = 26_000

export interface HostOptions {
  rules: NetlifyRules
  /** Overrides `rules.publishDir` (tests, or serving another build). */
  publishDir?: string
  /** The origin that replaces the origin of every proxy rule's target. */
  apiOrigin: string
  /** How long the API may take to start answering before the host answers 502. */
  apiTimeoutMs?: number
  /** Pino level; no logging when left out. */
  logLevel?: string
}

/** Builds the static host from netlify.toml's rules; never listens, so the server and tests share it. */
export async function buildHost(options: HostOptions): Promise<FastifyInstance> {
  const { rules } = options
  const { prefixRules, rewriteUrl } = proxyRewrites(rules.redirects.filter(isProxyRule))
  const app = Fastify({
    ...(options.logLevel ? { loggerInstance: hostLogger(options.logLevel) } : { logger: false }),
    trustProxy: false,
    rewriteUrl: (request) => rewriteUrl(request.url ?? '/'),
  })
  for (const rule of prefixRules) {
    await apiProxy(app, {
      rule,
      origin: options.apiOrigin,
      headers: headersFor(rules.headers, rule.from.replace(/\*$/, '')),
      timeoutMs: options.apiTimeoutMs ?? NETLIFY_PROXY_TIMEOUT_MS,
    })
  }
  await staticSite(app, {
    publishDir: options.publishDir ?? rules.publishDir,
    redirects: rules.redirects.filter((rule) => !isProxyRule(rule)),
    headers: rules.headers,
  })
  return app
}
