import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify'
import type { Config } from '../config'
import { readingCanonicalIntegers } from '../lib/text-integers'
import { answerFrameworkError, answerMalformedRequest } from './errors'
import { lazyRequestLogger } from './request-logger'

function trustProxyOption(value: string): boolean | string {
  if (value === 'true') return true
  if (value === 'false' || value === '') return false
  return value
}

export function serverOptions(config: Config, logger: FastifyServerOptions['logger']): FastifyServerOptions {
  return {
    logger: logger ?? false,
    ...(logger ? { childLoggerFactory: lazyRequestLogger } : {}),
    bodyLimit: config.bodyLimit,
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: 'x-request-id',
    // One line per request (registerRequestLog) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 500, ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerMalformedRequest,
  }
}

/**
 * Bodies are JSON and must carry the right types. Query strings and params are text; their integers are
 * converted by readingCanonicalIntegers, never by AJV (whose coercion accepts `0x10` for 16).
 */
const ajvOptions = {
  allErrors: true,
  strict: false,
  useDefaults: true,
  unicodeRegExp: true,
  coerceTypes: false,
}

/** The validator request bodies pass; the admin CLI checks its sign-up input with the same one. */
export const createBodyValidator = () => addFormats(new Ajv(ajvOptions))

export function registerValidators(app: FastifyInstance): void {
  const body = createBodyValidator()
  const text = addFormats(new Ajv(ajvOptions))
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? body.compile(schema) : readingCanonicalIntegers(schema, text.compile(schema)),
  )
}

/** RealWorld clients send `Content-Type: application/json` with no body on follow and favorite. */
export function acceptEmptyJson(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined)
    parseJson(request, body.toString(), done)
  })
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
    done()
  })
}

/**
 * Answers sent while closing end their keep-alive connection: an idle one would hold close() open for the
 * keep-alive timeout (72 s), past the shutdown's 10 s, and the process would exit 1.
 */
export function closeConnectionsOnShutdown(app: FastifyInstance): void {
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close')
    done(null, payload)
  })
}
