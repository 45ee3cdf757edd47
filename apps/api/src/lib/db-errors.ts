/** The driver's error code (`SQLITE_…` from better-sqlite3, SQLSTATE from pg), if the error has one. */
function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
}

/** The column a unique constraint rejected, on either engine, or null for any other error. */
export function uniqueViolationColumn(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null
  const { code, message, detail } = error as { code?: unknown; message?: unknown; detail?: unknown }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return /\.(\w+)$/.exec(String(message))?.[1] ?? 'body'
  }
  if (code === '23505') {
    return /^Key \((\w+)\)/.exec(String(detail))?.[1] ?? 'body'
  }
  return null
}

/**
 * PostgreSQL refuses text it cannot store (a NUL character, code 22021; 22P05 likewise) before any row is
 * touched. SQLite stores such text, so this only fires on PostgreSQL; either way it is the client's input.
 */
export function isUnstorableText(error: unknown): boolean {
  const code = codeOf(error)
  return code === '22021' || code === '22P05'
}

/**
 * A write that points at a row deleted meanwhile (an article removed between lookup and favourite, or an
 * account removed while its access token is still unexpired) breaks a foreign key on either engine.
 */
export function isMissingReference(error: unknown): boolean {
  const code = codeOf(error)
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503'
}

/** A deadlock or serialization failure: PostgreSQL rolled the transaction back, and running it again is safe. */
export function isTransientConflict(error: unknown): boolean {
  const code = codeOf(error)
  return code === '40P01' || code === '40001'
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
])

/** PostgreSQL unreachable or going away (or shutting down): the request can be retried later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error)
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true
  const message = error instanceof Error ? error.message : ''
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
}
