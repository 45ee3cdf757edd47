export type FieldErrors = Record<string, string[]>

/** An error a client caused; its body is RealWorld's `{ errors: { field: [messages] } }`. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errors: FieldErrors,
    /** Fields sent beside `errors` (a suspension's reason and end). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(
      Object.entries(errors)
        .map(([field, messages]) => `${field} ${messages.join(', ')}`)
        .join('; '),
    )
  }
}

export const unprocessable = (errors: FieldErrors) => new AppError(422, errors)
export const unauthorized = (message = 'missing or invalid token') => new AppError(401, { token: [message] })
export const forbidden = (what = 'resource') => new AppError(403, { [what]: ['is not yours'] })
export const accountSuspended = (extra?: Record<string, unknown>) =>
  new AppError(403, { account: ['is suspended'] }, extra)
export const notFound = (what: string) => new AppError(404, { [what]: ['not found'] })
export const tooManyRequests = (retryAfter: string) =>
  new AppError(429, { body: [`too many attempts, retry in ${retryAfter}`] })
/** A conditional write (If-Match) whose condition no longer holds. */
export const preconditionFailed = (what: string) =>
  new AppError(412, { [what]: ['has changed since you loaded it'] })
