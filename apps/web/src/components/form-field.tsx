import { type ReactNode, useId } from 'react'
import { formatFieldError } from '../lib/api-error'

type FormFieldProps = {
  label: string
  /** server field name, used to phrase its messages ("email has already been taken") */
  name: string
  errors?: string[] | undefined
  hint?: ReactNode
  children: (props: {
    id: string
    'aria-invalid': boolean
    'aria-describedby': string | undefined
  }) => ReactNode
}

/** A label, the control and the server's messages for that field, wired together for assistive tech. */
export function FormField({ label, name, errors, hint, children }: FormFieldProps) {
  const id = useId()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(errors?.length),
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul className="field-errors" id={errorId}>
          {errors.map((message) => (
            <li key={message}>{formatFieldError(name, message)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
