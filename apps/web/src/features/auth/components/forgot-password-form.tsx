import { type FormEvent, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { useRequestPasswordReset } from '../api/password-reset'

const FIELDS = ['email'] as const

/** Says the same thing for every address, as the server does: nobody learns who has an account. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('')
  const request = useRequestPasswordReset()
  const errors = fieldErrorsOf(request.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    request.mutate(email)
  }

  if (request.isSuccess) {
    return (
      <p className="notice" role="status">
        If an account exists for that address, we sent a link to reset its password. It works once, for a
        limited time.
      </p>
    )
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormErrors error={request.error} fields={FIELDS} />
      <fieldset disabled={request.isPending}>
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
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large">
            {request.isPending ? 'Sending…' : 'Send me a link'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
