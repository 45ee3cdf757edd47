// The only way bench talks to Conduit outside of autocannon: plain HTTP against the public API,
// so the numbers describe what a real client gets.

export class ApiCallError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly responseText: string,
  ) {
    super(`${method} ${path} → ${status}: ${responseText.slice(0, 300)}`)
  }
}

export interface ApiClient {
  readonly baseUrl: string
  call(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string; expect?: number },
  ): Promise<unknown>
}

export function createApiClient(baseUrl: string): ApiClient {
  return {
    baseUrl,
    async call(method, path, { body, token, expect } = {}) {
      const headers: Record<string, string> = {}
      if (body !== undefined) headers['content-type'] = 'application/json'
      if (token) headers.authorization = `Token ${token}`
      const res = await fetch(baseUrl + path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      })
      const text = await res.text()
      const ok = expect === undefined ? res.status >= 200 && res.status < 300 : res.status === expect
      if (!ok) throw new ApiCallError(method, path, res.status, text)
      return text ? (JSON.parse(text) as unknown) : null
    },
  }
}

/** Runs `task` over `items` with at most `limit` in flight; rejects on the first failure. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let nextIndex = 0
  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++
      results[index] = await task(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Narrows `value.<key>.<field>` to a string, failing loudly when the API answers another shape. */
export function readString(value: unknown, key: string, field: string): string {
  const inner = (value as Record<string, Record<string, unknown> | undefined> | null)?.[key]?.[field]
  if (typeof inner !== 'string')
    throw new Error(`expected ${key}.${field} to be a string in ${JSON.stringify(value)}`)
  return inner
}
