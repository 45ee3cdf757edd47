import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { headersFor, isProxyRule, loadNetlifyRules, parseNetlifyToml } from './netlify-rules'

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..')
const rules = loadNetlifyRules(resolve(repoRoot, 'netlify.toml'))

describe('the real netlify.toml', () => {
  it('publishes the web build', () => {
    expect(rules.publishDir).toBe(resolve(repoRoot, 'apps/web/dist'))
  })

  it('proxies /api/* with a 200 rewrite before the SPA fallback', () => {
    const [api] = rules.redirects
    expect(api).toMatchObject({ from: '/api/*', status: 200, force: true })
    expect(api && isProxyRule(api)).toBe(true)
    expect(api?.to).toMatch(/^https:\/\/[^/]+\/api\/:splat$/)
    expect(rules.redirects.at(-1)).toEqual({ from: '/*', to: '/index.html', status: 200, force: false })
  })

  it('sends a CSP without inline scripts and the security headers everywhere', () => {
    const headers = headersFor(rules.headers, '/article/anything')
    const csp = headers['Content-Security-Policy'] ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe-inline')
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(headers['Permissions-Policy']).toBeTruthy()
  })

  it('caches hashed assets forever and revalidates the entry document', () => {
    expect(headersFor(rules.headers, '/assets/index-abc123.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect(headersFor(rules.headers, '/index.html')['Cache-Control']).toBe('no-cache')
    expect(headersFor(rules.headers, '/')['Cache-Control']).toBe('no-cache')
  })
})

describe('parseNetlifyToml', () => {
  it('defaults redirects to 301 and not forced', () => {
    const parsed = parseNetlifyToml(
      '[build]\npublish = "out"\n[[redirects]]\nfrom = "/a"\nto = "/b"\n',
      '/srv',
    )
    expect(parsed).toEqual({
      publishDir: '/srv/out',
      redirects: [{ from: '/a', to: '/b', status: 301, force: false }],
      headers: [],
    })
  })

  it('names the bad key', () => {
    expect(() => parseNetlifyToml('[build]\npublish = "out"\n[[redirects]]\nfrom = "/a"\n', '/srv')).toThrow(
      'redirects[0].to',
    )
    expect(() => parseNetlifyToml('[[headers]]\nfor = "/*"\n', '/srv')).toThrow('[build]')
  })
})
