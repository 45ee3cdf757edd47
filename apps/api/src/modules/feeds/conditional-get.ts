/**
 * Whether a client's cached copy is still current (RFC 9110 §13.1). `If-None-Match` wins when present;
 * otherwise `If-Modified-Since` is compared at one-second precision, the precision of the header.
 */
export function isNotModified(
  headers: { 'if-none-match'?: string; 'if-modified-since'?: string },
  current: { etag: string; lastModified: Date | null },
): boolean {
  const noneMatch = headers['if-none-match']
  if (noneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
    return (
      noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => opaque(tag) === opaque(current.etag))
    )
  }
  const since = headers['if-modified-since']
  if (since === undefined || current.lastModified === null) return false
  const sinceMs = Date.parse(since)
  return !Number.isNaN(sinceMs) && Math.floor(current.lastModified.getTime() / 1000) * 1000 <= sinceMs
}
