import { expect, test } from './fixtures'

const EXPECTED_CSP_PARTS = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
]

test('the entry document carries the CSP and security headers and is revalidated', async ({ request }) => {
  for (const path of ['/', '/article/some-slug', '/profile/someone']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers['content-type'], path).toContain('text/html')
    for (const part of EXPECTED_CSP_PARTS) expect(headers['content-security-policy'], path).toContain(part)
    expect(headers['content-security-policy']).not.toContain('unsafe-inline')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toBeTruthy()
    expect(headers['cache-control'], path).toBe('no-cache')
  }
})

test('the built app has no inline scripts, and its hashed assets are immutable', async ({ request }) => {
  const html = await (await request.get('/')).text()
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([])
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '')
  expect(assets.length).toBeGreaterThan(0)
  for (const asset of assets) {
    const response = await request.get(asset)
    expect(response.status(), asset).toBe(200)
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable')
  }
})

test('a missing asset is a 404, not the app', async ({ request }) => {
  const response = await request.get('/assets/index-doesnotexist.js')
  expect(response.status()).toBe(404)
  expect(response.headers()['cache-control'] ?? '').not.toContain('immutable')
  expect(await response.text()).not.toContain('<div id="root">')
})

test('/api is forwarded to the API with its own status and body', async ({ request }) => {
  const health = await request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toEqual(expect.objectContaining({ status: 'ok' }))
  const unauthorized = await request.get('/api/user')
  expect(unauthorized.status()).toBe(401)
  expect(await unauthorized.json()).toHaveProperty('errors')
})

test('the app boots under the CSP without violations', async ({ anonymousPage }) => {
  // The fixture fails the test on any CSP report in the console.
  const page = await anonymousPage()
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Global feed' })).toBeVisible()
  await page.goto('/login')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})
