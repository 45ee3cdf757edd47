/**
 * An article's entity tag: its id and edit version, strong and quoted. It tells whether the text an editor
 * loaded is still the stored one; favourites and the viewer's follow state do not move it (decision 014).
 */
export const etagOf = (article: { id: number; version: number }) => `"${article.id}-${article.version}"`

/** The entity tags an If-Match header names, or `*`; undefined when there is no header. */
export function parseIfMatch(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined
  return header
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
}

/**
 * The versions of article `id` that `tags` accept: undefined for any (`*`). Weak tags never match, since
 * If-Match compares strongly (RFC 9110 §13.1.1).
 */
export function acceptedVersions(tags: readonly string[], id: number): number[] | undefined {
  if (tags.includes('*')) return undefined
  return tags.flatMap((tag) => {
    const match = /^"(\d+)-(\d+)"$/.exec(tag)
    return match && Number(match[1]) === id ? [Number(match[2])] : []
  })
}
