import type { paths as ContractPaths } from '@conduit/api-contract/schema'
import createClient from 'openapi-fetch'
import { env } from '../config/env'
import { ApiError, toApiError } from './api-error'
import { type ServerStatus, serverStatus } from './server-status'
import type { RefreshResult, SessionRefresher } from './session-refresh'
import { readTokens, type TokenStore, tokenStore } from './token-store'

/** The contract may list paths with or without the `/api` prefix; the client always adds it itself. */
type StripApiPrefix<P> = { [K in keyof P as K extends `/api${infer Rest}` ? Rest : K]: P[K] }
export type ApiPaths = StripApiPrefix<ContractPaths>

export type FetchLike = (request: Request) => Promise<Response>

export type ApiClientOptions = {
  tokenStore: TokenStore
  onSessionExpired: () => void
  baseUrl?: string
  fetch?: FetchLike
  serverStatus?: ServerStatus
}

/** Calls that must not carry a stale token or trigger a refresh of their own. */
const SESSION_PATHS = new Set<string>([
  '/users/refresh',
  '/users/logout',
  '/users/login',
  '/users',
  '/users/password-reset',
  '/users/password-reset/confirm',
])

type RefreshBody = ApiPaths['/users/refresh']['post']['requestBody']['content']['application/json']

export function createApiClient(options: ApiClientOptions) {
  const { tokenStore: store, onSessionExpired } = options
  const baseUrl = options.baseUrl ?? env.apiBaseUrl
  const status = options.serverStatus ?? serverStatus
  const fetchFn: FetchLike = async (request) => {
    try {
      const response = await (options.fetch ? options.fetch(request) : globalThis.fetch(request))
      status.report(response.status)
      return response
    } catch (error) {
      status.report(null)
      throw error
    }
  }
  const client = createClient<ApiPaths>({ baseUrl, fetch: fetchFn })
  const pending = new Map<string, Request>()

  function authorize(request: Request): Request {
    const tokens = store.get()
    if (tokens) request.headers.set('Authorization', `Token ${tokens.token}`)
    return request
  }

  /** A 401 on a request that carried a token: refresh once (shared) and retry once. */
  async function recover(sent: Request, response: Response, retry: Request | undefined) {
    if (response.status !== 401 || !retry) return undefined
    const usedToken = sent.headers.get('Authorization')?.replace(/^(Token|Bearer) /, '') ?? null
    if (!usedToken) return undefined
    const refresher = await loadRefresher()
    if (!(await refresher.refresh(usedToken))) return undefined
    return fetchFn(authorize(retry))
  }

  client.use({
    onRequest({ request, schemaPath, id }) {
      if (SESSION_PATHS.has(schemaPath)) return undefined
      authorize(request)
      pending.set(id, request.clone())
      return request
    },
    async onResponse({ request, response, id }) {
      const retry = pending.get(id)
      pending.delete(id)
      return recover(request, response, retry)
    },
    onError({ id }) {
      pending.delete(id)
    },
  })

  // Rendering never needs the refresher, only a 401 or the proactive refresh does: it is a chunk of
  // its own, loaded once and shared, so concurrent 401s still wait for the same refresh.
  let refresher: Promise<SessionRefresher> | undefined
  function loadRefresher(): Promise<SessionRefresher> {
    refresher ??= import('./session-refresh').then(({ createSessionRefresher }) =>
      createSessionRefresher({ tokenStore: store, requestRefresh, onExpired: onSessionExpired }),
    )
    return refresher
  }

  async function requestRefresh(refreshToken: string): Promise<RefreshResult> {
    const body: RefreshBody = { refreshToken }
    try {
      const { data, response } = await client.POST('/users/refresh', { body })
      if (response.status === 401 || response.status === 403) return { kind: 'rejected' }
      const tokens = response.ok ? readTokens(data) : null
      return tokens ? { kind: 'ok', tokens } : { kind: 'unavailable' }
    } catch {
      return { kind: 'unavailable' }
    }
  }

  return { client, loadRefresher }
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response }

/** Turns openapi-fetch's `{data, error}` into data or a thrown ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await call
  } catch {
    throw new ApiError(0, {})
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error)
  return result.data as T
}

let sessionExpiredHandler: () => void = () => {}

/** The app installs this once it has a router: it sends the user to the sign-in page. */
export function setSessionExpiredHandler(handler: () => void) {
  sessionExpiredHandler = handler
}

const instance = createApiClient({ tokenStore, onSessionExpired: () => sessionExpiredHandler() })

export const api = instance.client
export const loadSessionRefresher = instance.loadRefresher
