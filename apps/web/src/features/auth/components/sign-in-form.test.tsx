import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fakeFetch, json } from '../../../test/fake-fetch'
import { renderWithProviders } from '../../../test/render'
import { SignInForm } from './sign-in-form'

async function signIn(answer: Response) {
  fakeFetch(() => answer)
  const onSignedIn = vi.fn()
  renderWithProviders(<SignInForm onSignedIn={onSignedIn} />)
  await userEvent.type(screen.getByLabelText('Email'), 'bob@example.com')
  await userEvent.type(screen.getByLabelText('Password'), 'secret-password')
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
  return onSignedIn
}

describe('SignInForm and suspended accounts', () => {
  it('tells a suspended user why and until when', async () => {
    const until = '2030-01-02T10:30:00.000Z'
    const onSignedIn = await signIn(
      json(403, { errors: { account: ['is suspended'] }, suspension: { reason: 'spam wave', until } }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Your account is suspended until')
    expect(alert.textContent).toContain('2030')
    expect(alert.textContent).toContain('Reason: spam wave')
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('says "until a moderator lifts it" for an open-ended suspension', async () => {
    await signIn(
      json(403, { errors: { account: ['is suspended'] }, suspension: { reason: 'abuse', until: null } }),
    )
    expect((await screen.findByRole('alert')).textContent).toContain('until a moderator lifts it')
  })
})
