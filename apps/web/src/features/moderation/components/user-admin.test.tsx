import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { UserAdmin } from './user-admin'

const bob = {
  username: 'bob',
  email: 'bob@example.com',
  image: null,
  bio: null,
  role: 'user',
  createdAt: '2026-01-02T03:04:05.000Z',
  suspended: false,
  suspendedUntil: null,
  suspensionReason: null,
}

function setup({ canChangeRoles, answer }: { canChangeRoles: boolean; answer?: () => Response }) {
  tokenStore.set({ token: 'a.b.c', refreshToken: 'r' })
  const { requests } = fakeFetch((request, url) => {
    if (request.method === 'GET' && url.pathname === '/api/admin/users')
      return json(200, { users: [bob, { ...bob, username: 'me', email: 'me@example.com' }], usersCount: 2 })
    if (request.method === 'POST' && url.pathname.startsWith('/api/admin/users/bob/'))
      return answer ? answer() : json(200, { user: bob })
    return json(404, {})
  })
  const view = renderWithProviders(
    <UserAdmin
      q="bo"
      page={1}
      canChangeRoles={canChangeRoles}
      currentUsername="me"
      renderPagination={() => null}
    />,
    { path: '/admin/users?q=bo' },
  )
  return { requests, ...view }
}

const posts = (requests: Request[]) => requests.filter((r) => r.method === 'POST')

describe('UserAdmin', () => {
  it('searches by name or email through the address', async () => {
    const { requests, router } = setup({ canChangeRoles: false })
    await screen.findByRole('heading', { name: 'bob' })
    expect(new URL(requests[0]?.url ?? '').search).toBe('?q=bo&limit=20&offset=0')
    const box = screen.getByLabelText('Search by name or email')
    await userEvent.clear(box)
    await userEvent.type(box, 'example.com{Enter}')
    expect(router.state.location.pathname).toBe('/admin/users')
    expect(router.state.location.search).toBe('?q=example.com')
  })

  it('offers role changes to admins only, never on their own account', async () => {
    setup({ canChangeRoles: false })
    await screen.findByRole('heading', { name: 'bob' })
    expect(screen.queryByLabelText('Role for bob')).toBeNull()
    expect(screen.getByText('This is your account.')).toBeTruthy()
  })

  it('changes a role after a confirmation', async () => {
    const { requests } = setup({ canChangeRoles: true })
    await userEvent.selectOptions(await screen.findByLabelText('Role for bob'), 'moderator')
    await userEvent.click(screen.getByRole('button', { name: 'Change role of bob to moderator' }))
    await userEvent.click(screen.getByRole('button', { name: 'Yes, change' }))
    await waitFor(() => expect(posts(requests)).toHaveLength(1))
    expect(new URL(posts(requests)[0]?.url ?? '').pathname).toBe('/api/admin/users/bob/role')
    expect(await posts(requests)[0]?.json()).toEqual({ role: 'moderator' })
  })

  it('suspends with a reason and an end', async () => {
    const { requests } = setup({ canChangeRoles: false })
    await userEvent.click(await screen.findByRole('button', { name: 'Suspend bob' }))
    await userEvent.type(screen.getByLabelText('Reason'), 'spam wave')
    const until = screen.getByLabelText('Until') as HTMLInputElement
    await userEvent.type(until, '2030-01-02T10:30')
    await userEvent.click(screen.getByRole('button', { name: 'Suspend bob' }))
    await waitFor(() => expect(posts(requests)).toHaveLength(1))
    expect(await posts(requests)[0]?.json()).toEqual({
      reason: 'spam wave',
      until: new Date('2030-01-02T10:30').toISOString(),
    })
  })

  it('shows the refusal of the API', async () => {
    setup({
      canChangeRoles: false,
      answer: () => json(403, { errors: { user: ['cannot suspend a moderator'] } }),
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Suspend bob' }))
    await userEvent.type(screen.getByLabelText('Reason'), 'x')
    await userEvent.click(screen.getByRole('button', { name: 'Suspend bob' }))
    expect((await screen.findByRole('alert')).textContent).toContain('user cannot suspend a moderator')
  })
})
