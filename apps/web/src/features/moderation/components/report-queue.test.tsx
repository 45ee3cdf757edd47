import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { ReportQueue } from './report-queue'

const group = {
  target: 'comment',
  article: null,
  comment: { id: 12, body: 'Buy cheap pills', hidden: false, author: 'spammer', article: 'hello' },
  user: null,
  ref: '12',
  reportsCount: 2,
  reportIds: [3, 4],
  reasons: { spam: 2 },
  reports: [
    { id: 4, reporter: 'carol', reason: 'spam', note: 'obvious spam', createdAt: '2026-01-02T03:04:05.000Z' },
    { id: 3, reporter: 'dave', reason: 'spam', note: null, createdAt: '2026-01-01T03:04:05.000Z' },
  ],
  status: 'open',
  latestAt: '2026-01-02T03:04:05.000Z',
}

function setup() {
  tokenStore.set({ token: 'a.b.c', refreshToken: 'r' })
  const state = { hidden: false, lists: [] as string[] }
  const { requests } = fakeFetch((request, url) => {
    if (request.method === 'GET' && url.pathname === '/api/admin/reports') {
      state.lists.push(url.search)
      const groups = state.hidden ? [] : [group]
      return json(200, { reportGroups: groups, reportGroupsCount: groups.length })
    }
    if (request.method === 'POST' && url.pathname === '/api/admin/comments/12/hide') {
      state.hidden = true
      return json(200, { comment: { id: 12, hidden: true } })
    }
    return json(404, { errors: { body: ['not found'] } })
  })
  renderWithProviders(<ReportQueue status="open" page={1} renderPagination={() => null} />, {
    path: '/admin/reports',
  })
  return { state, requests }
}

describe('ReportQueue', () => {
  it('shows the reported comment, its reporters, reasons and notes', async () => {
    const { state } = setup()
    const card = (await screen.findByRole('heading', { name: /comment by spammer/i })).closest('li')
    if (!card) throw new Error('no card')
    expect(within(card).getByText('Buy cheap pills')).toBeTruthy()
    expect(within(card).getByText(/2 reports/)).toBeTruthy()
    expect(within(card).getByText(/Spam × 2/)).toBeTruthy()
    expect(within(card).getByText('obvious spam')).toBeTruthy()
    expect(within(card).getByText('carol')).toBeTruthy()
    expect(state.lists[0]).toBe('?status=open&limit=20&offset=0')
    expect(screen.getByRole('link', { name: 'Open' }).getAttribute('aria-current')).toBe('page')
  })

  it('hides the comment only after a confirmation, then refreshes the queue', async () => {
    const { state, requests } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Hide comment by spammer' }))
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0)
    const confirm = screen.getByRole('group', { name: /hide this comment/i })
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }))

    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, hide' }))
    expect(await screen.findByText('No open reports.')).toBeTruthy()
    expect(state.hidden).toBe(true)
    await waitFor(() => expect(state.lists).toHaveLength(2))
  })

  it('cancels without calling the API', async () => {
    const { requests } = setup()
    await userEvent.click(await screen.findByRole('button', { name: 'Delete comment by spammer' }))
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete comment by spammer' }))
    expect(requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
  })
})
