import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../test/build-test-app'

let app: TestApp
beforeAll(async () => {
  app = await buildTestApp()
})
afterAll(() => app.close())

describe('the API as a whole', () => {
  it('reports health while the database answers', async () => {
    const response = await app.inject({ url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
  })

  it('answers unknown routes with 404 in the error envelope', async () => {
    const response = await app.inject({ url: '/api/nothing-here' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toEqual({ errors: { path: ['GET /api/nothing-here not found'] } })
  })

  it('sends strict security headers with a CSP that allows nothing', async () => {
    const response = await app.inject({ url: '/api/tags' })
    expect(response.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'")
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['strict-transport-security']).toBeDefined()
  })

  it('answers CORS preflights for other origins, since tokens travel in a header', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/articles',
      headers: {
        origin: 'http://localhost:4200',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization')
  })

  it('serves JSON with a charset', async () => {
    const response = await app.inject({ url: '/api/articles' })
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
  })

  it('answers bytes that are not HTTP with 400 in the error envelope', async () => {
    const address = await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = new URL(address)
    const answer = await new Promise<string>((resolve, reject) => {
      let text = ''
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'),
      )
      socket.on('data', (chunk) => {
        text += chunk.toString()
      })
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1.1 400/)
    expect(answer.slice(answer.indexOf('\r\n\r\n') + 4)).toBe(
      '{"errors":{"body":["is not a valid HTTP request"]}}',
    )
  })
})
