import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { tokenStore } from '../../../lib/token-store'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { SignUpForm } from './sign-up-form'

async function fillAndSubmit() {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Username'), 'alice')
  await user.type(screen.getByLabelText('Email'), 'alice@example.com')
  await user.type(screen.getByLabelText('Password'), 'correct horse')
  await user.click(screen.getByRole('button', { name: 'Sign up' }))
}

describe('SignUpForm', () => {
  it('shows the server field errors beside their fields', async () => {
    fakeFetch(() => json(422, { errors: { email: ['has already been taken'], username: ['is too short'] } }))
    renderWithProviders(<SignUpForm onSignedUp={() => {}} />)
    await fillAndSubmit()

    const email = screen.getByLabelText('Email')
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'))
    const describedBy = email.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe('email has already been taken')
    expect(screen.getByText('username is too short')).toBeTruthy()
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('false')
    expect(tokenStore.get()).toBeNull()
  })

  it('shows errors that belong to no field above the form', async () => {
    fakeFetch(() => json(429, { errors: { body: ['too many attempts, try again in a minute'] } }))
    renderWithProviders(<SignUpForm onSignedUp={() => {}} />)
    await fillAndSubmit()
    expect((await screen.findByRole('alert')).textContent).toContain(
      'too many attempts, try again in a minute',
    )
  })

  it('stores the token pair and reports success', async () => {
    const { requests } = fakeFetch(() =>
      json(201, {
        user: {
          email: 'alice@example.com',
          token: 'a.b.c',
          refreshToken: 'r1',
          username: 'alice',
          bio: '',
          image: null,
        },
      }),
    )
    const onSignedUp = vi.fn()
    renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />)
    await fillAndSubmit()
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledTimes(1))
    expect(tokenStore.get()).toEqual({ token: 'a.b.c', refreshToken: 'r1' })
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/users')
    expect(await requests[0]?.clone().json()).toEqual({
      user: { username: 'alice', email: 'alice@example.com', password: 'correct horse' },
    })
  })

  it('disables the form while the request is in flight', async () => {
    fakeFetch(() => new Promise<Response>(() => {}))
    renderWithProviders(<SignUpForm onSignedUp={() => {}} />)
    await fillAndSubmit()
    const button = await screen.findByRole('button', { name: 'Signing up…' })
    expect(button.closest('fieldset')?.disabled).toBe(true)
  })
})
