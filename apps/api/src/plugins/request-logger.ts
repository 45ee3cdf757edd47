import type { FastifyBaseLogger } from 'fastify'

type Bindings = Parameters<FastifyBaseLogger['child']>[0]
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 }

/** Whether a logger at `threshold` writes `level`; an unknown (custom) threshold writes everything. */
function writes(threshold: string, level: string): boolean {
  if (threshold === 'silent') return false
  const floor = LEVELS[threshold]
  return floor === undefined || (LEVELS[level] ?? 0) >= floor
}

/**
 * A request's logger that becomes pino's child (carrying the request id) only when a line at an enabled
 * level is written. Fastify makes a child per request; at LOG_LEVEL=warn (production) a successful request
 * writes nothing, so building it (serializing the bindings) was pure overhead on every cached read.
 */
class LazyRequestLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | undefined
  readonly #parent: FastifyBaseLogger
  readonly #bindings: Bindings
  readonly #options: ChildLoggerOptions

  constructor(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent
    this.#bindings = bindings
    this.#options = options
  }

  get level(): string {
    return this.#child?.level ?? this.#parent.level
  }

  set level(level: string) {
    this.#real().level = level
  }

  #real(): FastifyBaseLogger {
    this.#child ??= this.#parent.child(this.#bindings, this.#options)
    return this.#child
  }

  #write(level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', args: unknown[]): void {
    if (!writes(this.level, level)) return
    const child = this.#real()
    Reflect.apply(child[level], child, args)
  }

  trace(...args: unknown[]): void {
    this.#write('trace', args)
  }
  debug(...args: unknown[]): void {
    this.#write('debug', args)
  }
  info(...args: unknown[]): void {
    this.#write('info', args)
  }
  warn(...args: unknown[]): void {
    this.#write('warn', args)
  }
  error(...args: unknown[]): void {
    this.#write('error', args)
  }
  fatal(...args: unknown[]): void {
    this.#write('fatal', args)
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#real().child(bindings, options)
  }
}

/** Fastify's `childLoggerFactory`: per-route log levels (none are set today) get pino's child at once. */
export function lazyRequestLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  if (options.level !== undefined) return logger.child(bindings, options)
  return new LazyRequestLogger(logger, bindings, options)
}
