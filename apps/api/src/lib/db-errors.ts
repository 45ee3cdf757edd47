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
