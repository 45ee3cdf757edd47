import fastifyHttpProxy from '@fastify/http-proxy'
import type { FastifyInstance } from 'fastify'
import type { RedirectRule } from './netlify-rules'

export interface ApiProxyOptions {
  /** A proxy rewrite such as `/api/*` → `https://api.example.com/api/:splat`. */
  rule: RedirectRule
  /** Origins that replace the rule's origin, used in turn (round-robin). */
  origins: readonly string[]
}

/** `/api/*` + `https://x/api/:splat` → `/api` and `/api`; other shapes are not supported. */
function prefixesOf(rule: RedirectRule): { prefix: string; rewritePrefix: string } {
  const to = new URL(rule.to)
  const toPath = decodeURI(to.pathname)
  if (!rule.from.endsWith('/*') || !toPath.endsWith('/:splat') || to.search !== '') {
    throw new Error(
      `unsupported proxy rule ${rule.from} -> ${rule.to}: expected "/prefix/*" -> "origin/path/:splat"`,
    )
  }
  return { prefix: rule.from.slice(0, -2) || '/', rewritePrefix: toPath.slice(0, -'/:splat'.length) || '/' }
}

function roundRobin(origins: readonly string[]): () => string {
  if (origins.length === 0) throw new Error('at least one API origin is required')
  let next = 0
  return () => {
    const origin = origins[next % origins.length] as string
    next += 1
    return origin
  }
}

function appendForwardedFor(existing: string | string[] | undefined, ip: string): string {
  const previous = Array.isArray(existing) ? existing.join(', ') : existing
  return previous ? `${previous}, ${ip}` : ip
}

/**
 * Forwards the rule's path prefix to the API with method, headers (Authorization included) and
 * body as they came, and passes the API's status, headers and body back untouched. Proxy rules
 * behave as forced: they win over files in the publish folder.
 */
export async function apiProxy(app: FastifyInstance, options: ApiProxyOptions): Promise<void> {
  const { prefix, rewritePrefix } = prefixesOf(options.rule)
  const nextOrigin = roundRobin(options.origins)
  await app.register(fastifyHttpProxy, {
    // An empty upstream makes every request take its origin from getUpstream; a fixed one would
    // pin reply-from's connection pool to the first origin.
    upstream: '',
    prefix,
    rewritePrefix,
    replyOptions: {
      getUpstream: () => nextOrigin(),
      rewriteRequestHeaders: (request, headers) => ({
        ...headers,
        'x-forwarded-for': appendForwardedFor(headers['x-forwarded-for'], request.ip),
        'x-forwarded-host': request.host,
        'x-forwarded-proto': request.protocol,
      }),
    },
  })
}
