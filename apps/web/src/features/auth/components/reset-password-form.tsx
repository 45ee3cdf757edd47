import { type FormEvent, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { isApiError } from '../../../lib/api-error'
import { useConfirmPasswordReset } from '../api/password-reset'

const FIELDS = ['password', 'token'] as const

export function ResetPasswordForm({ token, onSignedIn }: { token: string; onSignedIn: () => void }) {
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const confirm = useConfirmPasswordReset()
  const errors = fieldErrorsOf(confirm.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setMismatch(password !== repeat)
    if (password !== repeat) return
    confirm.mutate({ token, password }, { onSuccess: onSignedIn })
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {isApiError(confirm.error, 401) ? (
        <p className="form-errors" role="alert">
          This link is invalid, was used already or has expired. Ask for a new one below.
        </p>
      ) : (
        <FormErrors error={confirm.error} fields={FIELDS} />
      )}
      <fieldset disabled={confirm.isPending}>
        <FormField
          label="New password"
          name="password"
          errors={errors.password}
          hint="At least 8 characters."
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField
          label="Repeat the new password"
          name="repeat"
          errors={mismatch ? ['does not match the new password'] : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              required
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large">
            {confirm.isPending ? 'Saving…' : 'Set password and sign in'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
