import { type FormEvent, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { formatDateTime } from '../../../lib/format-date'
import { useSignIn } from '../api/sign-in'
import { type Suspension, suspensionOf } from '../api/suspension'

const FIELDS = ['email', 'password'] as const

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const signIn = useSignIn()
  const errors = fieldErrorsOf(signIn.error)
  const suspension = suspensionOf(signIn.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    signIn.mutate({ email, password }, { onSuccess: onSignedIn })
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {suspension ? (
        <SuspensionNotice suspension={suspension} />
      ) : (
        <FormErrors error={signIn.error} fields={FIELDS} />
      )}
      <fieldset disabled={signIn.isPending}>
        <FormField label="Email" name="email" errors={errors.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label="Password" name="password" errors={errors.password}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large">
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}

function SuspensionNotice({ suspension }: { suspension: Suspension }) {
  return (
    <div className="form-errors" role="alert">
      <p>
        Your account is suspended{' '}
        {suspension.until ? `until ${formatDateTime(suspension.until)}` : 'until a moderator lifts it'}.
      </p>
      {suspension.reason ? <p>Reason: {suspension.reason}</p> : null}
    </div>
  )
}
