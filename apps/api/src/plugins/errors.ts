import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, type FieldErrors } from '../lib/app-error'
import {
  isDatabaseUnavailable,
  isMissingReference,
  isTransientConflict,
  isUnstorableText,
} from '../lib/db-errors'

type ValidationIssue = NonNullable<FastifyError['validation']>[number]

const wrappers = new Set(['user', 'article', 'comment'])

/** `/article/tagList/0` → `tagList`; a missing property names itself. */
function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const segments = issue.instancePath.split('/').filter((segment) => segment !== '' && !/^\d+$/.test(segment))
  const missing = issue.keyword === 'required' ? String(issue.params.missingProperty ?? '') : ''
  if (missing) segments.push(missing)
  const named = segments.find((segment) => !wrappers.has(segment)) ?? segments[0]
  return named ?? (context === 'body' ? 'body' : (context ?? 'body'))
}

function messageOf(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>
  switch (issue.keyword) {
    case 'required':
      return "can't be blank"
    case 'minLength':
      return params.limit === 1
        ? "can't be blank"
        : `is too short (minimum is ${String(params.limit)} characters)`
    case 'maxLength':
      return `is too long (maximum is ${String(params.limit)} characters)`
    case 'type':
      return `must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${String(params.type)}`
    case 'pattern':
      return issue.schemaPath.endsWith('/pattern') && String(params.pattern) === '\\S'
        ? "can't be blank"
        : 'is invalid'
    case 'format':
      return 'is invalid'
    case 'minimum':
      return `must be at least ${String(params.limit)}`
    case 'maximum':
      return `must be at most ${String(params.limit)}`
    case 'maxItems':
      return `has too many items (maximum is ${String(params.limit)})`
    case 'uniqueItems':
      return 'has duplicate items'
    default:
      return issue.message ?? 'is invalid'
  }
}

export function validationErrors(issues: ValidationIssue[], context: string | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = fieldOf(issue, context)
    const message = messageOf(issue)
    const messages = errors[field] ?? []
    if (!messages.includes(message)) messages.push(message)
    errors[field] = messages
  }
  return errors
}

/** Fastify's own client errors, by code, in our envelope. */
const requestErrors: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [422, 'is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [422, "can't be empty"],
  FST_ERR_CTP_BODY_TOO_LARGE: [422, 'is too large'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [422, 'has an invalid length'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'must be application/json'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'must be application/json'],
}

/**
 * The router's own rejections (a malformed `%` escape, an over-long path parameter) happen before any route
 * or error handler runs; Fastify hands them to this function, passed as `frameworkErrors` when it is built.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'is too long' : 'is not a valid URL'
  reply.code(error.statusCode ?? 400).send({ errors: { path: [message] } })
}

const MALFORMED = JSON.stringify({ errors: { body: ['is not a valid HTTP request'] } })

/** Bytes Node's HTTP parser cannot read never reach Fastify's router; they still get our envelope. */
export function answerMalformedRequest(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy()
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(MALFORMED)}\r\nConnection: close\r\n\r\n${MALFORMED}`,
  )
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.code(error.statusCode).send({ errors: error.errors, ...error.extra })
    }
    if (error.validation) {
      return reply.code(422).send({ errors: validationErrors(error.validation, error.validationContext) })
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return reply.code(422).send({ errors: { body: ['is not valid JSON'] } })
    }
    const known = requestErrors[error.code]
    if (known) {
      return reply.code(known[0]).send({ errors: { body: [known[1]] } })
    }
    if (isMissingReference(error)) {
      return reply.code(404).send({ errors: { body: ['refers to something that no longer exists'] } })
    }
    if (isTransientConflict(error)) {
      // A write that lost a deadlock or serialization race after its retries: nothing was written.
      return reply
        .code(503)
        .header('retry-after', '1')
        .send({ errors: { body: ['busy, please retry'] } })
    }
    if (isUnstorableText(error)) {
      return reply.code(422).send({ errors: { body: ['contains characters that cannot be stored'] } })
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable')
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ errors: { body: ['service temporarily unavailable'] } })
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ errors: { body: [error.message] } })
    }
    request.log.error({ err: error }, 'request failed')
    return reply.code(500).send({ errors: { body: ['internal error'] } })
  })

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ errors: { path: [`${request.method} ${request.url.split('?')[0]} not found`] } })
  })
}
