import { vi } from 'vitest'

type Handler = (request: Request, url: URL) => Response | Promise<Response>

export function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
  })
}

/** Fakes HTTP at the fetch boundary: every request the app makes reaches `handler`. */
export function fakeFetch(handler: Handler) {
  const requests: Request[] = []
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init)
    requests.push(request)
    return handler(request, new URL(request.url))
  })
  vi.stubGlobal('fetch', spy)
  return { requests, spy }
}

/** A promise you resolve from the test, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
