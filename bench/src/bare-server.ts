// The "limit" for each scenario: a bare node:http server in its own process (so it never shares an event
// loop with autocannon) that answers each request with the bytes Conduit sent for it, and does nothing else.
// Captured responses arrive over the IPC channel just before their scenario runs (see bare-process.ts).
import { createServer } from 'node:http'
import type { CapturedResponse } from './capture'
import { responseKey } from './scenarios'

type Reply = { status: number; headers: string[]; body: Buffer }
const table = new Map<string, Reply>()

process.on('message', (captured: CapturedResponse[]) => {
  for (const c of captured) {
    table.set(c.key, { status: c.status, headers: c.headers, body: Buffer.from(c.bodyBase64, 'base64') })
  }
  process.send?.({ loaded: captured.length })
})

const server = createServer((req, res) => {
  const hit = table.get(responseKey(req.method ?? '', req.url ?? '', req.headers.authorization))
  if (!hit) {
    // A miss means bench asked for something it never captured: a bench bug, visible as non-2xx.
    res.writeHead(404).end()
    return
  }
  res.writeHead(hit.status, hit.headers).end(hit.body)
})
// Same keep-alive window as Fastify's default, so neither side drops connections mid-run.
server.keepAliveTimeout = 72_000
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') process.stdout.write(`listening ${address.port}\n`)
})
process.on('SIGTERM', () => process.exit(0))
process.on('disconnect', () => process.exit(0))
