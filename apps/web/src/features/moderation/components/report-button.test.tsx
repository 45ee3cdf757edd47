import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { ReportButton } from './report-button'

const report = {
  id: 7,
  target: 'comment',
  article: 'hello',
  comment: 12,
  user: null,
  reason: 'spam',
  note: 'selling pills',
  status: 'open',
  createdAt: '2026-01-02T03:04:05.000Z',
}

function setup(answer: () => Response) {
  tokenStore.set({ token: 'a.b.c', refreshToken: 'r' })
  const { requests } = fakeFetch((request, url) =>
    request.method === 'POST' && url.pathname === '/api/reports' ? answer() : json(404, {}),
  )
  renderWithProviders(
    <ReportButton subject={{ kind: 'comment', slug: 'hello', id: 12 }} description="comment by bob" />,
  )
  return requests
}

describe('ReportButton', () => {
  it('sends the reason and note for a comment and confirms', async () => {
    const requests = setup(() => json(201, { report }))
    await userEvent.click(screen.getByRole('button', { name: 'Report comment by bob' }))
    const dialog = await screen.findByRole('dialog', { name: 'Report comment by bob' })
    expect(dialog).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Send report' }))
    expect(screen.getByText('Choose a reason.')).toBeTruthy()
    expect(requests).toHaveLength(0)

    await userEvent.click(screen.getByRole('radio', { name: 'Spam' }))
    await userEvent.type(screen.getByLabelText('Note (optional)'), ' selling pills ')
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }))

    expect(await screen.findByText(/your report was sent/i)).toBeTruthy()
    expect(requests).toHaveLength(1)
    expect(await requests[0]?.json()).toEqual({
      report: { article: 'hello', comment: 12, reason: 'spam', note: 'selling pills' },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('says so when the reporter is rate limited', async () => {
    setup(() => json(429, { errors: { rate: ['too many reports, try again later'] } }))
    await userEvent.click(screen.getByRole('button', { name: 'Report comment by bob' }))
    await userEvent.click(await screen.findByRole('radio', { name: 'Harassment' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/many reports recently/i)
  })

  it('says so when the target is gone', async () => {
    setup(() => json(404, { errors: { comment: ['not found'] } }))
    await userEvent.click(screen.getByRole('button', { name: 'Report comment by bob' }))
    await userEvent.click(await screen.findByRole('radio', { name: 'Something else' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer exists/i)
  })
})
