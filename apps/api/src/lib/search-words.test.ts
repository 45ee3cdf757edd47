import { describe, expect, it } from 'vitest'
import { fts5Match, queryWords, searchWords } from './search-words'

describe('searchWords', () => {
  it('keeps letters and digits, lower-cased and unaccented', () => {
    expect(searchWords('Crème Brûlée v2, naïve-ly')).toEqual(['creme', 'brulee', 'v2', 'naive', 'ly'])
  })

  it('drops engine syntax: quotes, operators, column filters, SQL', () => {
    expect(searchWords(`"unbalanced title:x NEAR(a b) -c * OR '; drop table--`)).toEqual([
      'unbalanced',
      'title',
      'x',
      'near',
      'a',
      'b',
      'c',
      'or',
      'drop',
      'table',
    ])
  })
})

describe('queryWords', () => {
  it('removes repeats and caps the number of words', () => {
    expect(queryWords('a a b')).toEqual(['a', 'b'])
    expect(queryWords('w '.repeat(5) + Array.from({ length: 40 }, (_, i) => `x${i}`).join(' '))).toHaveLength(
      16,
    )
  })
})

describe('fts5Match', () => {
  it('quotes every word as a string', () => {
    expect(fts5Match(['near', 'or'])).toBe('"near" "or"')
  })
})
