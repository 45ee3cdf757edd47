import { describe, expect, it } from 'vitest'
import { fillPath, matchPath } from './path-pattern'

describe('matchPath', () => {
  it('captures the rest of the path as splat', () => {
    expect(matchPath('/api/*', '/api/articles/how-to/comments')).toEqual({
      splat: 'articles/how-to/comments',
    })
  })

  it('matches the prefix itself with an empty splat', () => {
    expect(matchPath('/api/*', '/api')).toEqual({ splat: '' })
  })

  it('matches named segments and ignores trailing slashes', () => {
    expect(matchPath('/profile/:name', '/profile/jake/')).toEqual({ name: 'jake' })
  })

  it('returns null when a literal segment differs or segments are left over', () => {
    expect(matchPath('/assets/*', '/api/tags')).toBeNull()
    expect(matchPath('/', '/index.html')).toBeNull()
    expect(matchPath('/index.html', '/index.html')).toEqual({})
  })
})

describe('fillPath', () => {
  it('substitutes placeholders without touching the scheme or port', () => {
    expect(fillPath('http://127.0.0.1:3000/api/:splat', { splat: 'tags' })).toBe(
      'http://127.0.0.1:3000/api/tags',
    )
  })
})
