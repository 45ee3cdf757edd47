import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { deferred, fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { ArticleList } from './article-list'

const author = { username: 'bob', bio: '', image: null, following: false }
const article = {
  slug: 'hello-world',
  title: 'Hello world',
  description: 'First post',
  tagList: ['intro'],
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  favorited: false,
  favoritesCount: 3,
  author,
}

function favoriteButton() {
  return screen.getByRole('button', { name: /favorite “Hello world”/i })
}

function setup(favoriteAnswer: Promise<Response>) {
  tokenStore.set({ token: 'a.b.c', refreshToken: 'r' })
  const list = { articles: [article], articlesCount: 1 }
  const calls = { lists: 0, favorites: 0 }
  fakeFetch((request, url) => {
    if (request.method === 'POST' && url.pathname === '/api/articles/hello-world/favorite') {
      calls.favorites += 1
      return favoriteAnswer
    }
    if (request.method === 'GET' && url.pathname === '/api/articles') {
      calls.lists += 1
      return json(200, list)
    }
    return json(404, { errors: { body: ['not found'] } })
  })
  renderWithProviders(<ArticleList filter={{ feed: 'global', page: 1 }} isSignedIn hrefForPage={() => '/'} />)
  return calls
}

describe('favorite (optimistic)', () => {
  it('shows the new count at once and keeps it when the server agrees', async () => {
    const answer = deferred<Response>()
    const calls = setup(answer.promise)
    await userEvent.click(await screen.findByRole('button', { name: /favorite “Hello world”, 3 favorites/i }))

    expect(favoriteButton().getAttribute('aria-pressed')).toBe('true')
    expect(favoriteButton().textContent).toContain('4')
    expect((favoriteButton() as HTMLButtonElement).disabled).toBe(true)

    answer.resolve(json(200, { article: { ...article, body: 'x', favorited: true, favoritesCount: 4 } }))
    await waitFor(() => expect((favoriteButton() as HTMLButtonElement).disabled).toBe(false))
    expect(calls.favorites).toBe(1)
    // the list is invalidated and refetched afterwards
    await waitFor(() => expect(calls.lists).toBe(2))
  })

  it('rolls back when the server refuses', async () => {
    const answer = deferred<Response>()
    setup(answer.promise)
    await userEvent.click(await screen.findByRole('button', { name: /favorite “Hello world”, 3 favorites/i }))
    expect(favoriteButton().textContent).toContain('4')

    answer.resolve(json(500, { errors: { body: ['internal error'] } }))
    await waitFor(() => expect(favoriteButton().getAttribute('aria-pressed')).toBe('false'))
    expect(favoriteButton().textContent).toContain('3')
  })

  it('sends a signed-out visitor to sign in instead', async () => {
    fakeFetch(() => json(200, { articles: [article], articlesCount: 1 }))
    const { router } = renderWithProviders(
      <ArticleList filter={{ feed: 'global', page: 1 }} isSignedIn={false} hrefForPage={() => '/'} />,
    )
    await userEvent.click(await screen.findByRole('button', { name: /favorite “Hello world”/i }))
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe('?redirectTo=%2F')
  })
})
