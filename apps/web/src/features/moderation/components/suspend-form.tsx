import { type FormEvent, useId, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { useUserAction } from '../api/manage-user'

type SuspendFormProps = { username: string; onDone: () => void }

/** `until` comes from a local date and time; empty means until a moderator lifts it. */
export function SuspendForm({ username, onDone }: SuspendFormProps) {
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState('')
  const action = useUserAction()
  const errors = fieldErrorsOf(action.error)
  const titleId = useId()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const end = until ? new Date(until) : null
    action.mutate(
      {
        kind: 'suspend',
        username,
        reason: reason.trim(),
        until: end && !Number.isNaN(end.getTime()) ? end.toISOString() : null,
      },
      { onSuccess: onDone },
    )
  }

  return (
    <form className="form suspend-form" onSubmit={onSubmit} aria-labelledby={titleId}>
      <h3 id={titleId}>Suspend {username}</h3>
      <FormErrors error={action.error} fields={['reason', 'until']} />
      <fieldset disabled={action.isPending}>
        <FormField label="Reason" name="reason" errors={errors.reason}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Until"
          name="until"
          errors={errors.until}
          hint="Leave empty to suspend until lifted."
        >
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="button" className="button button-outline button-small" onClick={onDone}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-danger-outline button-small"
            disabled={!reason.trim()}
          >
            {action.isPending ? 'Suspending…' : `Suspend ${username}`}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
