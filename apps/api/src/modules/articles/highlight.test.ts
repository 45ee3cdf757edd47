import { describe, expect, it } from 'vitest'
import { highlight, SCANNED_CHARS } from './highlight'

const marked = (result: { text: string; marks: [number, number][] }) =>
  result.marks.map(([start, end]) => result.text.slice(start, end))

describe('highlight', () => {
  it('marks the matched words of the title', () => {
    const result = highlight(['Learning Rust the hard way', 'About it', 'Body'], ['rust'])
    expect(result.text).toBe('Learning Rust the hard way')
    expect(marked(result)).toEqual(['Rust'])
  })

  it('picks the field with the most distinct matched words', () => {
    const result = highlight(['Rust', 'A note', 'Rust and Go compared, with Go generics'], ['rust', 'go'])
    expect(marked(result)).toEqual(['Rust', 'Go', 'Go'])
  })

  it('cuts a long body around the match, with ellipses, and keeps offsets right', () => {
    const body = `${'filler words '.repeat(100)}the needle is here ${'more filler '.repeat(100)}`
    const result = highlight(['Title', 'Description', body], ['needle'])
    expect(result.text.startsWith('…')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text.length).toBeLessThanOrEqual(162)
    expect(marked(result)).toEqual(['needle'])
  })

  it('matches accented words folded, as the index does', () => {
    expect(marked(highlight(['Café culture', '', ''], ['cafe']))).toEqual(['Café'])
  })

  it('does not mark a word that only contains a query word', () => {
    expect(highlight(['JavaScript tips', 'Java notes', ''], ['java']).text).toBe('Java notes')
  })

  it('shows the description unmarked when only a tag matched', () => {
    expect(highlight(['Title', 'What it is about', 'Body'], ['tagword'])).toEqual({
      text: 'What it is about',
      marks: [],
    })
  })

  it('looks for matches only near the start of a long field, and then shows the description', () => {
    const body = `${'filler '.repeat(SCANNED_CHARS / 7)}needle`
    expect(highlight(['Title', 'What it is about', body], ['needle'])).toEqual({
      text: 'What it is about',
      marks: [],
    })
  })

  it('marks every spelling of a repeated word, accented or not', () => {
    const result = highlight(['Café, cafe, CAFÉ and cafés', '', ''], ['cafe'])
    expect(marked(result)).toEqual(['Café', 'cafe', 'CAFÉ'])
  })
})
