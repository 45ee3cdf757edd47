import { ApiError, type FieldErrors, formatFieldError } from '../lib/api-error'

/** Errors that belong to no field of this form (or a failure without field errors), shown above it. */
export function FormErrors({ error, fields }: { error: unknown; fields: readonly string[] }) {
  if (!error) return null
  const messages = otherMessages(error, fields)
  if (messages.length === 0) return null
  return (
    <div className="form-errors" role="alert">
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  )
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError ? error.fieldErrors : {}
}

function otherMessages(error: unknown, fields: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : 'Something went wrong.']
  const entries = Object.entries(error.fieldErrors).filter(([field]) => !fields.includes(field))
  if (entries.length === 0 && Object.keys(error.fieldErrors).length === 0) return [error.message]
  return entries.flatMap(([field, list]) => list.map((message) => formatFieldError(field, message)))
}
