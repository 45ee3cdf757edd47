/**
 * Search text as words, on both engines the same way: Unicode letters and digits, lower-cased, accents
 * folded (é → e). Everything else (quotes, `*`, `-`, `:`, parentheses, SQL) is a separator, so a query is
 * never parsed as engine syntax. The index is fed the same words, so what a query can match does not depend
 * on the engine's own parser (PostgreSQL's would keep `example.com` as one lexeme, FTS5 splits it).
 */
export function searchWords(text: string): string[] {
  return fold(text).match(WORD) ?? []
}

/** The query's distinct words, capped: a 200-character query cannot ask for more than this many terms. */
export function queryWords(q: string): string[] {
  return [...new Set(searchWords(q))].slice(0, MAX_QUERY_WORDS)
}

/** Accents off and lower case; keeps the string's length per letter for ASCII, not in general. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase()
}

/** FTS5 match expression: every word quoted as a string (inner quotes doubled), all required. */
export function fts5Match(words: readonly string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ')
}

const WORD = /[\p{L}\p{N}]+/gu
const MARKS = /\p{M}+/gu
const MAX_QUERY_WORDS = 16
