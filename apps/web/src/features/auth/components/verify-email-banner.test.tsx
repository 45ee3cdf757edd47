import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { VerifyEmailBanner } from './verify-email-banner'

const user = (emailVerified: boolean) => ({
  user: { email: 'a@example.com', token: 'a.b.c', username: 'a', bio: '', image: null, emailVerified },
})

beforeEach(() => tokenStore.set({ token: 'a.b.c', refreshToken: 'r' }))

describe('VerifyEmailBanner', () => {
  it('asks an unverified user to confirm, and resends on request', async () => {
    const { requests } = fakeFetch((_request, url) =>
      url.pathname === '/api/user' ? json(200, user(false)) : json(204),
    )
    renderWithProviders(<VerifyEmailBanner />)
    expect((await screen.findByRole('region', { name: 'Email confirmation' })).textContent).toContain(
      'a@example.com',
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resend' }))
    expect((await screen.findByRole('status')).textContent).toBe('Sent. Check your inbox.')
    const resend = requests.find((request) => new URL(request.url).pathname === '/api/user/verify-email')
    expect(resend?.method).toBe('POST')
  })

  it('says nothing to a verified user', async () => {
    const { requests } = fakeFetch(() => json(200, user(true)))
    const { container } = renderWithProviders(<VerifyEmailBanner />)
    await expect.poll(() => requests.length).toBe(1)
    expect(container.textContent).toBe('')
  })
})
