import { type FormEvent, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import type { CurrentUser } from '../api/get-current-user'
import { type UserChanges, useUpdateUser } from '../api/update-user'

const FIELDS = ['image', 'username', 'bio', 'email', 'password'] as const

export function SettingsForm({ user, onSaved }: { user: CurrentUser; onSaved?: () => void }) {
  const [form, setForm] = useState({
    image: user.image ?? '',
    username: user.username,
    bio: user.bio ?? '',
    email: user.email,
    password: '',
  })
  const update = useUpdateUser()
  const errors = fieldErrorsOf(update.error)

  function set(key: keyof typeof form, value: string) {
    setForm((current) => ({ ...current, [key]: value }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { password, ...rest } = form
    const changes: UserChanges = { ...rest, image: rest.image.trim() }
    if (password) changes.password = password
    update.mutate(changes, {
      onSuccess: () => {
        setForm((current) => ({ ...current, password: '' }))
        onSaved?.()
      },
    })
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormErrors error={update.error} fields={FIELDS} />
      {update.isSuccess ? (
        <p className="form-success" role="status">
          Your settings were saved.
        </p>
      ) : null}
      <fieldset disabled={update.isPending}>
        <FormField label="Profile picture URL" name="image" errors={errors.image}>
          {(props) => (
            <input
              {...props}
              type="url"
              inputMode="url"
              value={form.image}
              onChange={(e) => set('image', e.target.value)}
              placeholder="https://…"
            />
          )}
        </FormField>
        <FormField label="Username" name="username" errors={errors.username}>
          {(props) => (
            <input
              {...props}
              autoComplete="username"
              value={form.username}
              onChange={(e) => set('username', e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label="Short bio" name="bio" errors={errors.bio}>
          {(props) => (
            <textarea {...props} rows={5} value={form.bio} onChange={(e) => set('bio', e.target.value)} />
          )}
        </FormField>
        <FormField label="Email" name="email" errors={errors.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => set('email', e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField
          label="New password"
          name="password"
          errors={errors.password}
          hint="Leave empty to keep your password. Changing it signs out your other devices."
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => set('password', e.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large">
            {update.isPending ? 'Saving…' : 'Update settings'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
