import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildHost } from './host'
import { loadNetlifyRules } from './netlify-rules'

const rules = loadNetlifyRules(resolve(fileURLToPath(import.meta.url), '../../../../netlify.toml'))
const INDEX_HTML = '<!doctype html><title>Conduit</title><div id="root"></div>'

const silentSockets: Socket[] = []

/** A port nothing listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer()
  const origin = await listen(server)
  await new Promise((done) => server.close(done))
  return Number(new URL(origin).port)
}

async function listen(server: Server): Promise<string> {
  server.on('connection', (socket) => silentSockets.push(socket))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address() as AddressInfo
  return `http://127.0.0.1:${address.port}`
}

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
let upstream: { app: FastifyInstance; origin: string }
let host: FastifyInstance

beforeAll(async () => {
  publishDir = await mkdtemp(join(tmpdir(), 'conduit-host-'))
  await mkdir(join(publishDir, 'assets'))
  await writeFile(join(publishDir, 'index.html'), INDEX_HTML)
  await writeFile(join(publishDir, 'assets', 'index-abc123.js'), 'console.log(1)')
  await writeFile(join(publishDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  upstream = await startUpstream('api')
  host = await buildHost({ rules, publishDir, apiOrigin: upstream.origin })
})

afterAll(async () => {
  await host?.close()
  await upstream?.app.close()
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
    expect(response.headers['x-upstream']).toBe('api')
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
})

describe('api proxy when the origin cannot answer', () => {
  /** The answer the browser must get: our error shape and headers, nothing about the origin. */
  async function expectUnavailable(response: Response, origin: string) {
    const body = await response.text()
    expect(JSON.parse(body)).toEqual({ errors: { body: ['the API is unavailable, try again shortly'] } })
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(body).not.toContain(new URL(origin).port)
    expect(body).not.toMatch(/ECONN|127\.0\.0\.1|stack|at /)
  }

  /** Over a real socket: a request body streamed to a dead origin is not something inject models. */
  async function hostFor(origin: string, apiTimeoutMs?: number) {
    const built = await buildHost({ rules, publishDir, apiOrigin: origin, apiTimeoutMs })
    const url = await built.listen({ host: '127.0.0.1', port: 0 })
    const send = (method: string, path: string) =>
      fetch(`${url}${path}`, {
        method,
        ...(method === 'GET' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }),
      })
    return { send, close: () => built.close() }
  }

  it('answers 503 with Retry-After when the origin refuses the connection', async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`
    const down = await hostFor(origin)
    for (const method of ['GET', 'POST']) {
      const response = await down.send(method, '/api/articles')
      expect(response.status, method).toBe(503)
      expect(response.headers.get('retry-after')).toBe('2')
      await expectUnavailable(response, origin)
    }
    await down.close()
  })

  it('answers 502 when the origin resets the connection', async () => {
    const resetting = createServer((socket) => socket.resetAndDestroy())
    const origin = await listen(resetting)
    const down = await hostFor(origin)
    const response = await down.send('POST', '/api/articles')
    expect(response.status).toBe(502)
    await expectUnavailable(response, origin)
    await down.close()
    resetting.close()
  })

  it('answers 502 when the origin does not answer in time', async () => {
    const silent = createServer(() => {})
    const origin = await listen(silent)
    const down = await hostFor(origin, 300)
    const started = Date.now()
    const response = await down.send('GET', '/api/tags')
    expect(response.status).toBe(502)
    expect(Date.now() - started).toBeLessThan(5_000)
    await expectUnavailable(response, origin)
    await down.close()
    silent.close()
    for (const socket of silentSockets) socket.destroy()
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
