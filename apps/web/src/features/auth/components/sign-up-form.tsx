import { type FormEvent, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { useSignUp } from '../api/sign-in'

const FIELDS = ['username', 'email', 'password'] as const

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const [form, setForm] = useState({ username: '', email: '', password: '' })
  const signUp = useSignUp()
  const errors = fieldErrorsOf(signUp.error)

  function update(key: keyof typeof form, value: string) {
    setForm((current) => ({ ...current, [key]: value }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    signUp.mutate(form, { onSuccess: onSignedUp })
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormErrors error={signUp.error} fields={FIELDS} />
      <fieldset disabled={signUp.isPending}>
        <FormField label="Username" name="username" errors={errors.username}>
          {(props) => (
            <input
              {...props}
              autoComplete="username"
              value={form.username}
              onChange={(e) => update('username', e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label="Email" name="email" errors={errors.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => update('email', e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label="Password" name="password" errors={errors.password} hint="At least 8 characters.">
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => update('password', e.target.value)}
              required
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large">
            {signUp.isPending ? 'Signing up…' : 'Sign up'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
