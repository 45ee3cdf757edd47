import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { userKeys } from '../../features/auth/api/user-keys'
import { tokenStore } from '../../lib/token-store'
import { fakeFetch, json } from '../../test/fake-fetch'
import { renderWithProviders } from '../../test/render'
import { Component as AdminPage } from './admin'

const user = (role: string) => ({
  email: 'me@example.com',
  username: 'me',
  bio: null,
  image: null,
  token: 'a.b.c',
  role,
})

function renderAs(role: string, path: string) {
  tokenStore.set({ token: 'a.b.c', refreshToken: 'r' })
  fakeFetch((_request, url) =>
    url.pathname === '/api/user'
      ? json(200, { user: user(role) })
      : json(200, { reportGroups: [], reportGroupsCount: 0 }),
  )
  const view = renderWithProviders(<AdminPage />, { path })
  view.queryClient.setQueryData(userKeys.current(), user(role))
  return view
}

describe('the admin page', () => {
  it('is not found for a plain user', async () => {
    renderAs('user', '/admin')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy()
  })

  it('shows the open reports to a moderator', async () => {
    renderAs('moderator', '/admin')
    expect(await screen.findByRole('heading', { name: 'Reports' })).toBeTruthy()
    expect(await screen.findByText('No open reports.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/admin/audit')
  })
})
