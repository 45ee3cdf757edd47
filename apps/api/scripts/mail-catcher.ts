// A local mail catcher for `npm start` without SMTP_URL: a real SMTP server (the one the API tests read mail
// from) and a small page listing what it caught. Listens on 127.0.0.1 only and keeps the last 200 mails in
// memory. A taken port is replaced by a free one; the ports in use are printed as one JSON line on stdout.
//
// Env: MAIL_CATCHER_PORT (1080, the page), MAIL_CATCHER_SMTP_PORT (1025).
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { escapeHtml } from '../src/mail/html'
import { startSmtpSink } from '../test/smtp-sink'

const KEEP = 200
const HOST = '127.0.0.1'

const portFrom = (value: string | undefined, fallback: number) => {
  const port = Number(value || fallback)
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : fallback
}

/** Tries the wanted port, then any free one: a second copy of the app must still start. */
async function listenSomewhere<T>(start: (port: number) => Promise<T>, wanted: number): Promise<T> {
  try {
    return await start(wanted)
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE' || wanted === 0) throw error
    return start(0)
  }
}

// The page itself runs no script; a mail's HTML is shown only inside a sandboxed frame with its own CSP.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'none'"
const MAIL_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"

function send(response: ServerResponse, status: number, type: string, body: string, csp = PAGE_CSP) {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  })
  response.end(body)
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font-family:sans-serif;margin:2rem;color:#333}td,th{padding:4px 12px;text-align:left}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}iframe{width:100%;height:60vh;border:1px solid #ccc}</style></head><body>${body}</body></html>`

async function main() {
  const sink = await listenSomewhere(
    (port) => startSmtpSink({ port }),
    portFrom(process.env.MAIL_CATCHER_SMTP_PORT, 1025),
  )
  const caught = () =>
    sink.received
      .slice(-KEEP)
      .map((mail, index) => ({ id: index + 1, ...mail }))
      .reverse()

  const web = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`)
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed')
    if (url.pathname === '/api/messages')
      return send(response, 200, 'application/json', JSON.stringify(caught()))
    const match = /^\/messages\/(\d+)(\/html)?$/.exec(url.pathname)
    if (match) {
      const mail = caught().find((candidate) => candidate.id === Number(match[1]))
      if (!mail) return send(response, 404, 'text/plain', 'no such mail')
      if (match[2]) return send(response, 200, 'text/html', mail.html, MAIL_CSP)
      return send(
        response,
        200,
        'text/html',
        page(
          mail.subject,
          `<p><a href="/">All mail</a></p><h1>${escapeHtml(mail.subject)}</h1><p>To: ${escapeHtml(mail.to.join(', '))}<br>From: ${escapeHtml(mail.from)}</p><h2>Text</h2><pre>${escapeHtml(mail.text)}</pre>` +
            (mail.html
              ? `<h2>HTML</h2><iframe sandbox src="/messages/${mail.id}/html" title="HTML part"></iframe>`
              : ''),
        ),
      )
    }
    if (url.pathname !== '/') return send(response, 404, 'text/plain', 'not found')
    const rows = caught()
      .map(
        (mail) =>
          `<tr><td><a href="/messages/${mail.id}">${escapeHtml(mail.subject || '(no subject)')}</a></td><td>${escapeHtml(mail.to.join(', '))}</td></tr>`,
      )
      .join('')
    return send(
      response,
      200,
      'text/html',
      page(
        'Conduit mail catcher',
        `<h1>Mail sent by Conduit</h1><p>Nothing here leaves this machine. Newest first; reload to see new mail.</p>${rows ? `<table><tr><th>Subject</th><th>To</th></tr>${rows}</table>` : '<p>No mail yet.</p>'}`,
      ),
    )
  })
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      web.once('error', reject)
      web.listen(port, HOST, () => {
        web.off('error', reject)
        resolve(web)
      })
    })
  await listenSomewhere(listen, portFrom(process.env.MAIL_CATCHER_PORT, 1080))
  const { port } = web.address() as AddressInfo
  console.log(JSON.stringify({ event: 'ready', smtpUrl: sink.url, webUrl: `http://${HOST}:${port}` }))

  const stop = () => {
    web.close()
    void sink.close().then(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(`[mail-catcher] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
