import { describe, expect, it } from 'vitest'
import { paths } from './paths'

describe('paths', () => {
  it('builds the home feed URLs the home page reads back', () => {
    expect(paths.home()).toBe('/')
    expect(paths.home({ page: 1 })).toBe('/')
    expect(paths.home({ feed: 'following', page: 2 })).toBe('/?feed=following&page=2')
    expect(paths.home({ tag: 'c++ & go' })).toBe('/?tag=c%2B%2B+%26+go')
  })

  it('carries where to return after sign-in', () => {
    expect(paths.login(paths.home({ feed: 'following' }))).toBe('/login?redirectTo=%2F%3Ffeed%3Dfollowing')
  })

  it('builds the moderation pages with their filters', () => {
    expect(paths.admin()).toBe('/admin')
    expect(paths.admin('reports', { status: 'dismissed', page: '2' })).toBe(
      '/admin/reports?status=dismissed&page=2',
    )
    expect(paths.admin('users', { q: 'bob@example.com' })).toBe('/admin/users?q=bob%40example.com')
  })
})
