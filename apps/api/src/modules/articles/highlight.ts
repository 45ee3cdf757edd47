import { searchWords } from '../../lib/search-words'

/** A snippet of a search result, its matched words marked as [start, end) offsets into `text` (UTF-16). */
export type Highlight = { text: string; marks: [number, number][] }

const WIDTH = 160
const LEAD = 40
const ELLIPSIS = '…'
/**
 * How much of each field is scanned for matches. A highlight is computed per result on every search, so
 * its cost is bounded by this rather than by the length of the article; a match found only further into a
 * long body is still a match, its snippet then comes from another field.
 */
export const SCANNED_CHARS = 4000
/** Matches considered when choosing the snippet's window. */
const MAX_SPANS = 200
const WORD = /[\p{L}\p{N}]+/gu
const ASCII = /^[\x20-\x7e]*$/

type Span = [number, number]

/**
 * Tests a word of the text against the query's words, folded as the index folds them. Most words are ASCII,
 * where folding is lower-casing, and skip the Unicode normalization `searchWords` does; text repeats its words,
 * so each distinct word is decided once.
 */
function wordMatcher(queryWords: readonly string[]): (word: string) => boolean {
  const words = new Set(queryWords)
  const decided = new Map<string, boolean>()
  return (word) => {
    let matches = decided.get(word)
    if (matches === undefined) {
      matches = ASCII.test(word)
        ? words.has(word.toLowerCase())
        : searchWords(word).some((folded) => words.has(folded))
      decided.set(word, matches)
    }
    return matches
  }
}

/** Spans of the start of `text` whose words are among the query's words. */
function matchesIn(text: string, matches: (word: string) => boolean): Span[] {
  const spans: Span[] = []
  const scanned = text.length > SCANNED_CHARS ? text.slice(0, SCANNED_CHARS) : text
  for (const found of scanned.matchAll(WORD)) {
    if (matches(found[0])) spans.push([found.index, found.index + found[0].length])
  }
  return spans
}

const distinct = (text: string, spans: readonly Span[]) =>
  new Set(spans.map(([s, e]) => text.slice(s, e).toLowerCase())).size

/**
 * The window of `WIDTH` characters, starting a little before a match, that holds the most distinct words
 * (the first such window). Spans are in text order, so the words inside a window are found by two pointers.
 */
function bestWindow(text: string, spans: readonly Span[]): { start: number; end: number } {
  const considered = spans.slice(0, MAX_SPANS)
  const keys = considered.map(([s, e]) => text.slice(s, e).toLowerCase())
  const inside = new Map<string, number>()
  const add = (key: string, by: number) => {
    const n = (inside.get(key) ?? 0) + by
    if (n === 0) inside.delete(key)
    else inside.set(key, n)
  }
  let best = { start: 0, score: -1 }
  let low = 0
  let high = 0
  for (const [from] of considered) {
    const start = Math.max(0, from - LEAD)
    while (high < considered.length && (considered[high] as Span)[1] <= start + WIDTH) {
      add(keys[high] as string, 1)
      high++
    }
    while (low < high && (considered[low] as Span)[0] < start) {
      add(keys[low] as string, -1)
      low++
    }
    if (inside.size > best.score) best = { start, score: inside.size }
  }
  let start = best.start
  // Begin at a word boundary rather than inside a word.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start)
    start = space >= 0 && start - space < LEAD ? space + 1 : start
  }
  return { start, end: Math.min(text.length, start + WIDTH) }
}

/**
 * The snippet shown with a search result: from the title, description or body (the field with the most
 * distinct matched words; earlier fields win ties), as plain text with offsets, never HTML, so the client
 * decides how to render marks. An article found only through its tags shows its description unmarked.
 */
export function highlight(fields: readonly string[], queryWords: readonly string[]): Highlight {
  const matches = wordMatcher(queryWords)
  let chosen = { text: fields[0] ?? '', spans: [] as Span[], score: 0 }
  for (const text of fields) {
    const spans = matchesIn(text, matches)
    const score = spans.length > chosen.score ? distinct(text, spans) : 0
    if (score > chosen.score) chosen = { text, spans, score }
  }
  if (chosen.score === 0) {
    const text = fields[1] ?? chosen.text
    return { text: text.length > WIDTH ? text.slice(0, WIDTH) + ELLIPSIS : text, marks: [] }
  }
  const { text, spans } = chosen
  const { start, end } = bestWindow(text, spans)
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < text.length ? ELLIPSIS : ''
  const marks = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Span => [s - start + prefix.length, e - start + prefix.length])
  return { text: prefix + text.slice(start, end) + suffix, marks }
}
