type Highlight = { text: string; marks: number[][] }

/**
 * The server's snippet as React text, the marked words in <mark>. Offsets are trusted for position only:
 * out-of-range or overlapping marks are skipped, and nothing is ever parsed as HTML.
 */
export function HighlightedText({ highlight }: { highlight: Highlight }) {
  const { text } = highlight
  const parts: Array<{ text: string; marked: boolean }> = []
  let at = 0
  for (const [start = 0, end = 0] of highlight.marks) {
    if (start < at || end <= start || end > text.length) continue
    if (start > at) parts.push({ text: text.slice(at, start), marked: false })
    parts.push({ text: text.slice(start, end), marked: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false })
  return (
    <>
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
