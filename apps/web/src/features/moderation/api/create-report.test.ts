import { describe, expect, it } from 'vitest'
import { reportBody } from './create-report'

describe('reportBody', () => {
  it('names exactly one target, as the API requires', () => {
    expect(reportBody({ kind: 'article', slug: 'hello' }, { reason: 'spam' })).toEqual({
      report: { article: 'hello', reason: 'spam' },
    })
    expect(reportBody({ kind: 'comment', slug: 'hello', id: 3 }, { reason: 'other', note: 'x' })).toEqual({
      report: { article: 'hello', comment: 3, reason: 'other', note: 'x' },
    })
    expect(reportBody({ kind: 'user', username: 'bob' }, { reason: 'harassment', note: '  ' })).toEqual({
      report: { user: 'bob', reason: 'harassment' },
    })
  })
})
