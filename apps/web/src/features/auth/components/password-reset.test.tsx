import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { ForgotPasswordForm } from './forgot-password-form'
import { ResetPasswordForm } from './reset-password-form'

describe('ForgotPasswordForm', () => {
  it('says a link may have been sent, whatever the address', async () => {
    const { requests } = fakeFetch(() => json(202, { message: 'accepted' }))
    renderWithProviders(<ForgotPasswordForm />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Email'), 'someone@example.com')
    await user.click(screen.getByRole('button', { name: 'Send me a link' }))
    expect((await screen.findByRole('status')).textContent).toContain(
      'If an account exists for that address, we sent a link',
    )
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/users/password-reset')
    expect(await requests[0]?.clone().json()).toEqual({ user: { email: 'someone@example.com' } })
  })
})

describe('ResetPasswordForm', () => {
  async function fill(password: string, repeat: string) {
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('New password'), password)
    await user.type(screen.getByLabelText('Repeat the new password'), repeat)
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }))
  }

  it('refuses two different passwords without asking the server', async () => {
    const { requests } = fakeFetch(() => json(500))
    renderWithProviders(<ResetPasswordForm token="t0k" onSignedIn={() => {}} />)
    await fill('first password', 'second password')
    expect(await screen.findByText('repeat does not match the new password')).toBeTruthy()
    expect(requests).toHaveLength(0)
  })

  it('sends the token with the new password and signs in', async () => {
    const { requests } = fakeFetch(() =>
      json(200, {
        user: {
          email: 'a@example.com',
          token: 'a.b.c',
          refreshToken: 'r1',
          username: 'a',
          bio: '',
          image: null,
          emailVerified: true,
        },
      }),
    )
    const onSignedIn = vi.fn()
    renderWithProviders(<ResetPasswordForm token="t0k" onSignedIn={onSignedIn} />)
    await fill('a new password', 'a new password')
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))
    expect(tokenStore.get()).toEqual({ token: 'a.b.c', refreshToken: 'r1' })
    expect(await requests[0]?.clone().json()).toEqual({ token: 't0k', password: 'a new password' })
    expect(requests[0]?.headers.get('authorization')).toBeNull()
  })

  it('explains a dead link', async () => {
    fakeFetch(() => json(401, { errors: { token: ['is invalid, used or expired'] } }))
    renderWithProviders(<ResetPasswordForm token="old" onSignedIn={() => {}} />)
    await fill('a new password', 'a new password')
    expect((await screen.findByRole('alert')).textContent).toContain(
      'invalid, was used already or has expired',
    )
  })
})
