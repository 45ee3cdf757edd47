import { searchWords } from '../../lib/search-words'

/** A snippet of a search result, its matched words marked as [start, end) offsets into `text` (UTF-16). */
export type Highlight = { text: string; marks: [number, number][] }

const WIDTH = 160
const LEAD = 40
const ELLIPSIS = '…'
const WORD = /[\p{L}\p{N}]+/gu

/** Spans of `text` whose words, folded as the index folds them, are among `words`. */
function matchesIn(text: string, words: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = []
  for (const match of text.matchAll(WORD)) {
    if (searchWords(match[0]).some((word) => words.has(word))) {
      spans.push([match.index, match.index + match[0].length])
    }
  }
  return spans
}

/** The window of `WIDTH` characters, starting a little before a match, that holds the most distinct words. */
function bestWindow(text: string, spans: readonly [number, number][]): { start: number; end: number } {
  let best = { start: 0, score: -1 }
  for (const [from] of spans.slice(0, 200)) {
    const start = Math.max(0, from - LEAD)
    const inside = new Set(
      spans
        .filter(([s, e]) => s >= start && e <= start + WIDTH)
        .map(([s, e]) => text.slice(s, e).toLowerCase()),
    )
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
  const words = new Set(queryWords)
  let chosen = { text: fields[0] ?? '', spans: [] as [number, number][], score: 0 }
  for (const text of fields) {
    const spans = matchesIn(text, words)
    const score = new Set(spans.map(([s, e]) => text.slice(s, e).toLowerCase())).size
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
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length])
  return { text: prefix + text.slice(start, end) + suffix, marks }
}
