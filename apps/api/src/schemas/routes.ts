import { ErrorResponse } from './common'

/** Routes that need `Authorization: Token <jwt>`, as the OpenAPI document states it. */
export const security = [{ Token: [] }]

/** A 204 answer: no body. */
export const noContent = (description: string) => ({ type: 'null', description }) as const

export const errorResponses = {
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  422: ErrorResponse,
} as const
