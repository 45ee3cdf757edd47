import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { AuditLog } from './audit-log'

describe('AuditLog', () => {
  it('lists the actions of a page and asks for the pages it needs', async () => {
    tokenStore.set({ token: 'a.b.c', refreshToken: 'r' })
    const { requests } = fakeFetch(() =>
      json(200, {
        auditEntries: [
          {
            id: 9,
            actor: 'mod',
            action: 'comment.hide',
            target: 'comment',
            ref: '12',
            reason: 'spam',
            createdAt: '2026-01-02T03:04:05.000Z',
          },
        ],
        auditEntriesCount: 41,
      }),
    )
    renderWithProviders(<AuditLog page={2} renderPagination={(total) => <p>{total} pages</p>} />)
    const row = await screen.findByRole('row', { name: /comment\.hide/ })
    expect(row.textContent).toContain('mod')
    expect(row.textContent).toContain('comment 12')
    expect(screen.getByText('3 pages')).toBeTruthy()
    expect(new URL(requests[0]?.url ?? '').search).toBe('?limit=20&offset=20')
  })
})
