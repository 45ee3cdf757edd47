import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildHost } from './host'
import { loadNetlifyRules } from './netlify-rules'

const rules = loadNetlifyRules(resolve(fileURLToPath(import.meta.url), '../../../../netlify.toml'))
const INDEX_HTML = '<!doctype html><title>Conduit</title><div id="root"></div>'

/** A stand-in API that echoes what it received and says which instance answered. */
async function startUpstream(name: string): Promise<{ app: FastifyInstance; origin: string }> {
  const app = Fastify()
  app.all('/api/*', async (request, reply) => {
    const status = request.headers['x-want-status'] ? Number(request.headers['x-want-status']) : 200
    return reply
      .code(status)
      .header('x-upstream', name)
      .send({
        method: request.method,
        url: request.url,
        authorization: request.headers.authorization ?? null,
        forwardedFor: request.headers['x-forwarded-for'] ?? null,
        body: request.body ?? null,
      })
  })
  const origin = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, origin }
}

let publishDir: string
let upstreams: Array<{ app: FastifyInstance; origin: string }>
let host: FastifyInstance

beforeAll(async () => {
  publishDir = await mkdtemp(join(tmpdir(), 'conduit-host-'))
  await mkdir(join(publishDir, 'assets'))
  await writeFile(join(publishDir, 'index.html'), INDEX_HTML)
  await writeFile(join(publishDir, 'assets', 'index-abc123.js'), 'console.log(1)')
  await writeFile(join(publishDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  upstreams = [await startUpstream('a'), await startUpstream('b')]
  host = await buildHost({ rules, publishDir, apiOrigins: upstreams.map((upstream) => upstream.origin) })
})

afterAll(async () => {
  await host?.close()
  await Promise.all(upstreams?.map((upstream) => upstream.app.close()) ?? [])
  await rm(publishDir, { recursive: true, force: true })
})

describe('feed rewrites', () => {
  it('forwards the site feed URLs to the API feed with the tag or author as a query', async () => {
    const cases = [
      ['/feed.atom', '/api/feeds/articles.atom'],
      ['/tag/dragons/feed.atom', '/api/feeds/articles.atom?tag=dragons'],
      ['/tag/caf%C3%A9%20%26%20co/feed.atom', '/api/feeds/articles.atom?tag=caf%C3%A9%20%26%20co'],
      ['/profile/jake/feed.atom', '/api/feeds/articles.atom?author=jake'],
    ]
    for (const [url, upstreamUrl] of cases) {
      const response = await host.inject({ url: url as string })
      expect(response.statusCode, url).toBe(200)
      expect(response.json().url).toBe(upstreamUrl)
    }
  })

  it('leaves the profile page itself to the SPA', async () => {
    const response = await host.inject({ url: '/profile/jake' })
    expect(response.body).toBe(INDEX_HTML)
  })
})

describe('api proxy', () => {
  it('forwards method, Authorization, JSON body and query, and returns the status and headers', async () => {
    const response = await host.inject({
      method: 'POST',
      url: '/api/articles?tag=dragons&limit=2',
      headers: { authorization: 'Token abc.def.ghi', 'x-want-status': '201' },
      payload: { article: { title: 'How to train your dragon' } },
    })
    expect(response.statusCode).toBe(201)
    expect(response.headers['x-upstream']).toMatch(/^[ab]$/)
    expect(response.json()).toMatchObject({
      method: 'POST',
      url: '/api/articles?tag=dragons&limit=2',
      authorization: 'Token abc.def.ghi',
      forwardedFor: '127.0.0.1',
      body: { article: { title: 'How to train your dragon' } },
    })
  })

  it('passes error statuses and bodies back unchanged', async () => {
    const response = await host.inject({
      method: 'DELETE',
      url: '/api/articles/x',
      headers: { 'x-want-status': '403' },
    })
    expect(response.statusCode).toBe(403)
    expect(response.json()).toMatchObject({ method: 'DELETE', url: '/api/articles/x' })
  })

  it('does not add the static headers to API responses', async () => {
    const response = await host.inject({ method: 'GET', url: '/api/tags' })
    expect(response.headers['content-security-policy']).toBeUndefined()
  })

  it('round-robins across the API origins', async () => {
    const answered = []
    for (let i = 0; i < 4; i += 1) {
      const response = await host.inject({ method: 'GET', url: '/api/health' })
      answered.push(response.headers['x-upstream'])
    }
    expect(answered.join('')).toMatch(/^(abab|baba)$/)
  })

  it('answers 5xx, not a hang, when the API is down', async () => {
    const down = await buildHost({ rules, publishDir, apiOrigins: ['http://127.0.0.1:1'] })
    const response = await down.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBeGreaterThanOrEqual(500)
    await down.close()
  })
})

describe('static site', () => {
  it('serves index.html at / with no-cache and the security headers', async () => {
    const response = await host.inject({ method: 'GET', url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(INDEX_HTML)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })

  it('falls back to index.html for client routes, revalidated', async () => {
    for (const url of ['/article/how-to-train-your-dragon', '/profile/jake/favorites', '/settings?tab=1']) {
      const response = await host.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(200)
      expect(response.headers['content-type']).toContain('text/html')
      expect(response.body).toBe(INDEX_HTML)
      expect(response.headers['cache-control']).toBe('no-cache')
    }
  })

  it('serves hashed assets as immutable', async () => {
    const response = await host.inject({ method: 'GET', url: '/assets/index-abc123.js' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('javascript')
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.headers['content-security-policy']).toBeTruthy()
  })

  it('serves other files with the site-wide headers only', async () => {
    const response = await host.inject({ method: 'GET', url: '/favicon.svg' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBeUndefined()
    expect(response.headers['x-frame-options']).toBe('DENY')
  })

  it('answers 404, not the app, for a missing asset, and does not cache it', async () => {
    const response = await host.inject({ method: 'GET', url: '/assets/index-gone.js' })
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain('<div id="root">')
    expect(response.headers['cache-control']).toBeUndefined()
    expect(response.headers['content-security-policy']).toBeTruthy()
  })

  it('answers HEAD like GET', async () => {
    const response = await host.inject({ method: 'HEAD', url: '/assets/index-abc123.js' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toContain('immutable')
  })

  it('never serves files outside the publish folder', async () => {
    const response = await host.inject({ method: 'GET', url: '/..%2f..%2f..%2fetc%2fpasswd' })
    expect(response.body).not.toContain('root:')
  })
})
