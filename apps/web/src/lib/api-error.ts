export type FieldErrors = Record<string, string[]>

/** Every failed API call becomes one of these; forms read `fieldErrors`, error boundaries read `message`. */
export class ApiError extends Error {
  readonly status: number
  readonly fieldErrors: FieldErrors
  /** The whole error body, for the few answers that carry more than `errors` (a suspension's end). */
  readonly body: unknown

  constructor(status: number, fieldErrors: FieldErrors, body?: unknown) {
    super(summarize(status, fieldErrors))
    this.name = 'ApiError'
    this.status = status
    this.fieldErrors = fieldErrors
    this.body = body
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  return new ApiError(status, readFieldErrors(body), body)
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

/** Narrows RealWorld's `{"errors": {"field": ["message"]}}`; anything else yields no field errors. */
export function readFieldErrors(body: unknown): FieldErrors {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return {}
  const errors: unknown = body.errors
  if (typeof errors !== 'object' || errors === null) return {}
  const result: FieldErrors = {}
  for (const [field, messages] of Object.entries(errors)) {
    if (Array.isArray(messages)) result[field] = messages.filter((m): m is string => typeof m === 'string')
    else if (typeof messages === 'string') result[field] = [messages]
  }
  return result
}

/** `{email: ["has already been taken"]}` → "email has already been taken". */
export function formatFieldError(field: string, message: string): string {
  return field === 'body' ? message : `${field} ${message}`
}

function summarize(status: number, fieldErrors: FieldErrors): string {
  const first = Object.entries(fieldErrors)
    .flatMap(([field, messages]) => messages.map((m) => formatFieldError(field, m)))
    .join('; ')
  if (first) return first
  if (status === 0) return 'The server could not be reached. Check your connection and try again.'
  if (status === 401) return 'You need to sign in to do that.'
  if (status === 403) return 'You are not allowed to do that.'
  if (status === 404) return 'Not found.'
  if (status === 429) return 'Too many requests. Please wait a moment and try again.'
  return `Something went wrong (HTTP ${status}). Please try again.`
}
