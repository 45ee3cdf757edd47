import fastifyHttpProxy from '@fastify/http-proxy'
import type { FastifyInstance } from 'fastify'
import type { RedirectRule } from './netlify-rules'

export interface ApiProxyOptions {
  /** A proxy rewrite such as `/api/*` → `https://api.example.com/api/:splat`. */
  rule: RedirectRule
  /** The one origin that replaces the rule's origin (in production, a load balancer's). */
  origin: string
  /** Headers every response of the host carries; an answer the host makes up itself gets them too. */
  headers: Record<string, string>
  /** How long to wait for the origin's response headers before answering 502. */
  timeoutMs: number
}

/** What the browser sees when the origin cannot answer; never the origin's address or the cause. */
export const UNAVAILABLE_BODY = { errors: { body: ['the API is unavailable, try again shortly'] } }
/** Seconds a client should wait after a refused connection (a replica restarting, a deploy). */
const RETRY_AFTER_SECONDS = 2

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

function appendForwardedFor(existing: string | string[] | undefined, ip: string): string {
  const previous = Array.isArray(existing) ? existing.join(', ') : existing
  return previous ? `${previous}, ${ip}` : ip
}

/** The code of the network error under reply-from's wrapper (ECONNREFUSED, ECONNRESET, …). */
function causeCode(error: Error): string | undefined {
  const cause: unknown = error.cause
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined
  return typeof code === 'string' ? code : undefined
}

/**
 * Forwards the rule's path prefix to one origin with method, headers (Authorization included) and
 * body as they came, and passes the origin's status, headers and body back untouched. Proxy rules
 * behave as forced: they win over files in the publish folder. When the origin refuses, resets or
 * times out, the answer is the API's own error shape: 503 with Retry-After for a refused connection
 * (nothing listening: a restart or a deploy), 502 otherwise.
 */
export async function apiProxy(app: FastifyInstance, options: ApiProxyOptions): Promise<void> {
  const { prefix, rewritePrefix } = prefixesOf(options.rule)

  await app.register(fastifyHttpProxy, {
    upstream: options.origin,
    prefix,
    rewritePrefix,
    // reply-from logs each failure itself, once, as a warning; log.ts keeps that to one line.
    undici: { headersTimeout: options.timeoutMs, connectTimeout: Math.min(options.timeoutMs, 10_000) },
    replyOptions: {
      onError: (reply, { error }) => {
        const refused = causeCode(error) === 'ECONNREFUSED'
        if (refused) reply.header('retry-after', String(RETRY_AFTER_SECONDS))
        void reply
          .code(refused ? 503 : 502)
          .headers(options.headers)
          .header('cache-control', 'no-store')
          .type('application/json; charset=utf-8')
          .send(UNAVAILABLE_BODY)
      },
      rewriteRequestHeaders: (request, headers) => ({
        ...headers,
        'x-forwarded-for': appendForwardedFor(headers['x-forwarded-for'], request.ip),
        'x-forwarded-host': request.host,
        'x-forwarded-proto': request.protocol,
      }),
    },
  })
}
