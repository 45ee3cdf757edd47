// autocannon ships no types and @types/autocannon is not installed; this declares what the benchmark
// (bench/) and the load test (tests/load) use.
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
    pipelining?: number
    requests?: RequestStep[]
    initialContext?: Context
  }
  export interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p99: number
  }
  export interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    duration: number
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
