import type { FastifyBaseLogger } from 'fastify'
import { pino, stdSerializers } from 'pino'

/** Codes of the network failures the proxy answers with 502/503: expected, so no stack. */
const NETWORK_ERROR_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+|FST_REPLY_FROM_[A-Z_]+)$/

type LoggedError = Error & { code?: unknown }

/**
 * A refused or reset connection to the API is an operational event (a replica restarting, a deploy),
 * not a bug: one line with its code and message says all there is, and a stack would bury the real
 * errors. Anything else keeps pino's full serialization.
 */
export function serializeError(error: LoggedError): object {
  if (typeof error.code === 'string' && NETWORK_ERROR_CODE.test(error.code))
    return { type: error.name, code: error.code, message: error.message }
  return stdSerializers.err(error)
}

/** Fastify keeps its own req/res serializers beside these and lets this `err` win. */
export function hostLogger(level: string): FastifyBaseLogger {
  return pino({ level, serializers: { err: serializeError } })
}
