import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { CommentList } from './comment-list'

const comment = (id: number, username: string, hidden: boolean) => ({
  id,
  body: `comment ${id}`,
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  author: { username, bio: null, image: null, following: false },
  hidden,
})

describe('CommentList', () => {
  it('marks a hidden comment for its author and adds actions to the others only', async () => {
    fakeFetch(() => json(200, { comments: [comment(1, 'me', true), comment(2, 'bob', false)] }))
    renderWithProviders(
      <CommentList
        slug="hello"
        currentUsername="me"
        renderActions={(c) => <button type="button">Report {c.author.username}</button>}
      />,
    )
    await screen.findByText('comment 1')
    expect(screen.getAllByText(/hidden by a moderator/i)).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Report bob' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Report me' })).toBeNull()
  })
})
