import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { apiProxy } from './api-proxy'
import { isProxyRule, type NetlifyRules } from './netlify-rules'
import { proxyRewrites } from './proxy-rewrites'
import { staticSite } from './static-site'

export interface HostOptions {
  rules: NetlifyRules
  /** Overrides `rules.publishDir` (tests, or serving another build). */
  publishDir?: string
  /** Origins that replace the origin of every proxy rule's target, round-robin. */
  apiOrigins: readonly string[]
  logger?: FastifyServerOptions['logger']
}

/** Builds the static host from netlify.toml's rules; never listens, so the server and tests share it. */
export async function buildHost(options: HostOptions): Promise<FastifyInstance> {
  const { rules } = options
  const { prefixRules, rewriteUrl } = proxyRewrites(rules.redirects.filter(isProxyRule))
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: false,
    rewriteUrl: (request) => rewriteUrl(request.url ?? '/'),
  })
  for (const rule of prefixRules) {
    await apiProxy(app, { rule, origins: options.apiOrigins })
  }
  await staticSite(app, {
    publishDir: options.publishDir ?? rules.publishDir,
    redirects: rules.redirects.filter((rule) => !isProxyRule(rule)),
    headers: rules.headers,
  })
  return app
}
