import { stat } from 'node:fs/promises'
import { posix, resolve, sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { type HeaderRule, headersFor, type RedirectRule } from './netlify-rules'
import { fillPath, matchPath } from './path-pattern'

export interface StaticSiteOptions {
  publishDir: string
  /** Local redirect rules (proxy rules are handled by the api proxy). */
  redirects: readonly RedirectRule[]
  headers: readonly HeaderRule[]
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/** The path, relative to `root`, of the file `urlPath` names (a folder means its index.html), or null. */
async function findFile(root: string, urlPath: string): Promise<string | null> {
  const normalized = posix.normalize(urlPath)
  if (normalized.includes('\0') || normalized.split('/').some((segment) => segment.startsWith('.')))
    return null
  const absolute = resolve(root, `.${normalized}`)
  if (absolute !== root && !absolute.startsWith(root + sep)) return null
  const found = await stat(absolute).catch(() => null)
  if (found?.isFile()) return normalized.replace(/^\/+/, '')
  if (!found?.isDirectory()) return null
  const index = posix.join(normalized, 'index.html')
  const indexStat = await stat(resolve(root, `.${index}`)).catch(() => null)
  return indexStat?.isFile() ? index.replace(/^\/+/, '') : null
}

function pathnameOf(url: string): string | null {
  const pathname = url.split('?', 1)[0] ?? '/'
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

/**
 * Serves the publish folder the way Netlify does: an existing file wins over a rule that is not
 * forced, otherwise the first matching redirect applies (3xx redirect, or a rewrite with its status).
 * Header rules are matched against the path of the file actually served (a deep link answered with
 * index.html gets index.html's headers), so a missing asset's 404 never carries `immutable`.
 */
export async function staticSite(app: FastifyInstance, options: StaticSiteOptions): Promise<void> {
  const { publishDir, redirects, headers } = options
  const root = resolve(publishDir)

  await app.register(fastifyStatic, { root, serve: false, cacheControl: false, index: false })

  function notFound(reply: FastifyReply, headersPath: string): FastifyReply {
    return reply
      .code(404)
      .headers(headersFor(headers, headersPath))
      .type('text/plain; charset=utf-8')
      .send('Not Found')
  }

  function serveFile(reply: FastifyReply, file: string, status: number): FastifyReply {
    return reply
      .code(status)
      .headers(headersFor(headers, `/${file}`))
      .sendFile(file, root)
  }

  app.setNotFoundHandler((request, reply) => notFound(reply, pathnameOf(request.url) ?? '/'))

  app.get('/*', async (request, reply) => {
    const path = pathnameOf(request.url)
    if (path === null) return reply.code(400).headers(headersFor(headers, '/')).send('Bad Request')
    const file = await findFile(root, path)
    const rule = redirects.find((candidate) => matchPath(candidate.from, path) !== null)
    if (file !== null && !rule?.force) return serveFile(reply, file, 200)
    if (!rule) return notFound(reply, path)

    const target = fillPath(rule.to, matchPath(rule.from, path) ?? {})
    if (REDIRECT_STATUSES.has(rule.status))
      return reply.headers(headersFor(headers, path)).redirect(target, rule.status)
    const targetPath = pathnameOf(target) ?? '/'
    const targetFile = await findFile(root, targetPath)
    if (targetFile === null) return notFound(reply, targetPath)
    return serveFile(reply, targetFile, rule.status)
  })
}
