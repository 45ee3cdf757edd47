// Records the exact response Conduit gives to each scenario request (status, headers, body bytes),
// so the bare server can replay it. It doubles as a check that every scenario works before loading it.
import { request } from 'node:http'
import { mapLimit } from './api-client'
import { materialize } from './load'
import { type RequestVariant, responseKey, type Scenario } from './scenarios'

export interface CapturedResponse {
  key: string
  status: number
  /** flat [name, value, name, value, …] as received, minus headers node:http writes itself */
  headers: string[]
  bodyBase64: string
}

// node:http adds these per response on any server, the bare one included; copying them would duplicate them.
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

function send(
  baseUrl: string,
  variant: RequestVariant,
): Promise<{ status: number; rawHeaders: string[]; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      baseUrl + variant.path,
      { method: variant.method, headers: variant.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(variant.body)
  })
}

export async function captureResponses(
  baseUrl: string,
  scenarios: readonly Scenario[],
): Promise<CapturedResponse[]> {
  const variants = scenarios.flatMap((s) => s.variants.map((variant) => ({ scenario: s.id, variant })))
  return mapLimit(variants, 8, async ({ scenario, variant }) => {
    const { status, rawHeaders, body } = await send(baseUrl, materialize(variant))
    if (status < 200 || status >= 300) {
      throw new Error(
        `${scenario}: ${variant.method} ${variant.path} → ${status} ${body.toString().slice(0, 300)}`,
      )
    }
    const headers: string[] = []
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = rawHeaders[i] as string
      if (!PER_CONNECTION.has(name.toLowerCase())) headers.push(name, rawHeaders[i + 1] as string)
    }
    return {
      key: responseKey(variant.method, variant.path, variant.headers.authorization),
      status,
      headers,
      bodyBase64: body.toString('base64'),
    }
  })
}
