import { Writable } from 'node:stream'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { lazyRequestLogger } from './request-logger'

/** A Fastify app logging at `level` into an array, with the lazy request logger and one route that logs. */
async function appLoggingAt(level: string) {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line))
      done()
    },
  })
  const app = Fastify({
    logger: { level, stream },
    childLoggerFactory: lazyRequestLogger,
    requestIdHeader: 'x-request-id',
    disableRequestLogging: true,
  })
  app.get('/', async (request) => {
    request.log.info({ step: 'info' }, 'an info line')
    request.log.warn({ step: 'warn' }, 'a warn line')
    request.log.child({ inner: true }).error('a child line')
    return { ok: true }
  })
  await app.ready()
  return { app, lines }
}

describe('the lazy request logger', () => {
  it('writes only enabled levels, each line with its request id, children included', async () => {
    const { app, lines } = await appLoggingAt('warn')
    await app.inject({ url: '/', headers: { 'x-request-id': 'req-abc' } })
    await app.close()
    expect(lines.map((line) => line.msg)).toEqual(['a warn line', 'a child line'])
    for (const line of lines) expect(line.reqId).toBe('req-abc')
    expect(lines[1]).toMatchObject({ inner: true })
  })

  it('writes info lines with the request id when the level allows them', async () => {
    const { app, lines } = await appLoggingAt('info')
    await app.inject({ url: '/', headers: { 'x-request-id': 'req-def' } })
    await app.close()
    const requestLines = lines.filter((line) => line.reqId === 'req-def')
    expect(requestLines.map((line) => line.msg)).toEqual(['an info line', 'a warn line', 'a child line'])
  })

  it('writes nothing at all when silent', async () => {
    const { app, lines } = await appLoggingAt('silent')
    await app.inject({ url: '/' })
    await app.close()
    expect(lines).toEqual([])
  })
})
