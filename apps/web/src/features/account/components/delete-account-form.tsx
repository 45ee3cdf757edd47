import { type FormEvent, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { useDeleteAccount } from '../api/delete-account'

const FIELDS = ['password'] as const

/** Says what goes before asking, and asks for the password, so a borrowed signed-in browser can't do it. */
export function DeleteAccountForm({ onDeleted }: { onDeleted: () => void }) {
  const [password, setPassword] = useState('')
  const remove = useDeleteAccount()
  const errors = fieldErrorsOf(remove.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    remove.mutate(password, { onSuccess: onDeleted })
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p>
        Deleting your account removes it for good, with your articles, your comments, your favorites, the
        people you follow and every signed-in device. It cannot be undone; download your data first if you
        want to keep it.
      </p>
      <FormErrors error={remove.error} fields={FIELDS} />
      <fieldset disabled={remove.isPending}>
        <FormField label="Your password, to confirm" name="password" errors={errors.password}>
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
          <button type="submit" className="button button-danger-outline">
            {remove.isPending ? 'Deleting…' : 'Delete my account'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
