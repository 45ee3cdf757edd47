// autocannon ships no types and @types/autocannon is not installed; this declares only what the load test uses.
declare module 'autocannon' {
  export type Context = Record<string, string | undefined>
  export interface RawRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  export interface RequestStep extends RawRequest {
    setupRequest?: (request: RawRequest, context: Context) => RawRequest
    onResponse?: (status: number, body: string, context: Context) => void
  }
  export interface Options {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    requests?: RequestStep[]
    initialContext?: Context
  }
  export interface Histogram {
    average: number
    p50: number
    p90: number
    p99: number
    max: number
    total: number
  }
  export interface Result {
    requests: Histogram
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
  }
  export interface Instance extends PromiseLike<Result> {
    stop(): void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
