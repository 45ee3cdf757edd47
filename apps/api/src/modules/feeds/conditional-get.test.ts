import { describe, expect, it } from 'vitest'
import { isNotModified } from './conditional-get'

const current = { etag: '"abc"', lastModified: new Date('2026-03-01T10:00:00.500Z') }

describe('isNotModified', () => {
  it('matches an ETag in a list, weak or strong, or *', () => {
    expect(isNotModified({ 'if-none-match': '"x", W/"abc"' }, current)).toBe(true)
    expect(isNotModified({ 'if-none-match': '*' }, current)).toBe(true)
    expect(isNotModified({ 'if-none-match': '"x"' }, current)).toBe(false)
  })

  it('lets If-None-Match win over If-Modified-Since', () => {
    const headers = { 'if-none-match': '"old"', 'if-modified-since': 'Sun, 01 Mar 2026 10:00:00 GMT' }
    expect(isNotModified(headers, current)).toBe(false)
  })

  it('compares If-Modified-Since at second precision and ignores a bad date', () => {
    expect(isNotModified({ 'if-modified-since': 'Sun, 01 Mar 2026 10:00:00 GMT' }, current)).toBe(true)
    expect(isNotModified({ 'if-modified-since': 'Sun, 01 Mar 2026 09:59:59 GMT' }, current)).toBe(false)
    expect(isNotModified({ 'if-modified-since': 'yesterday' }, current)).toBe(false)
    expect(
      isNotModified(
        { 'if-modified-since': 'Sun, 01 Mar 2026 10:00:00 GMT' },
        { ...current, lastModified: null },
      ),
    ).toBe(false)
  })
})
