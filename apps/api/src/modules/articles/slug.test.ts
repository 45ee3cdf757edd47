import { describe, expect, it } from 'vitest'
import { slugify, withSuffix } from './slug'

describe('slugify', () => {
  it.each([
    ['How to train your dragon', 'how-to-train-your-dragon'],
    ['  Crème brûlée, à la maison!  ', 'creme-brulee-a-la-maison'],
    ['Ünïcödé 日本語 title', 'unicode-日本語-title'],
    ['../../etc/passwd', 'etc-passwd'],
    ["x' OR '1'='1", 'x-or-1-1'],
    ['!!!', 'article'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('keeps slugs at most 80 characters without a trailing dash', () => {
    const slug = slugify(`${'word '.repeat(40)}end`)
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('withSuffix', () => {
  it('appends six hex characters, different each time', () => {
    const [a, b] = [withSuffix('title'), withSuffix('title')]
    expect(a).toMatch(/^title-[0-9a-f]{6}$/)
    expect(a).not.toBe(b)
  })
})
