import { ApiError } from '../../../lib/api-error'

export type Suspension = { reason: string; until: string | null }

/** A suspended account's sign-in answers 403 with `suspension: {reason, until}` beside the errors. */
export function suspensionOf(error: unknown): Suspension | null {
  if (!(error instanceof ApiError) || error.status !== 403) return null
  const body = error.body
  if (typeof body !== 'object' || body === null || !('suspension' in body)) return null
  const suspension: unknown = body.suspension
  if (typeof suspension !== 'object' || suspension === null) return null
  const reason = 'reason' in suspension && typeof suspension.reason === 'string' ? suspension.reason : ''
  const until = 'until' in suspension && typeof suspension.until === 'string' ? suspension.until : null
  return { reason, until }
}
