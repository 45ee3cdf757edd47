import fc from 'fast-check'
import type { InjectOptions } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../src/db/database'
import { buildTestAppWithDb, type TestApp, testDialect } from './build-test-app'
import { auth, createArticle, registerUser } from './factories'

/**
 * Hostile input on every endpoint: whatever arrives, the answer is a 4xx in the error envelope (or a 2xx when
 * the input happens to be valid), never a 5xx, and a rejected request leaves every table as it was.
 */

const TABLES = [
  'users',
  'follows',
  'articles',
  'tags',
  'article_tags',
  'favorites',
  'comments',
  'sessions',
  'refresh_tokens',
]
/** CI's short run; `FUZZ_RUNS=10000 npm run test:fuzz` is the long one (README). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

let app: TestApp
let db: Db
let token: string
let slug: string
let username: string
let casesRun = 0
const statuses = new Map<number, number>()
const methods = new Map<string, number>()

beforeAll(async () => {
  ;({ app, db } = await buildTestAppWithDb())
  const owner = await registerUser(app)
  token = owner.token
  username = (await registerUser(app)).username
  slug = (await createArticle(app, token, { tagList: ['fuzz'] })).slug
  await app.inject({
    method: 'POST',
    url: `/api/articles/${slug}/comments`,
    headers: auth(token),
    payload: { comment: { body: 'first' } },
  })
})

afterAll(async () => {
  const tally = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`)
  const sent = [...methods].map(([method, count]) => `${method}×${count}`)
  console.log(
    `fuzz (${testDialect}): ${casesRun} hostile requests checked; methods ${sent.join(' ')}; answers ${tally.join(' ')}`,
  )
  await app?.close()
})

/** Every row of every table, order-independent: what a rejected request must leave untouched. */
async function snapshot(): Promise<string> {
  const tables = await Promise.all(
    TABLES.map(async (table) => {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)
      return rows.map((row) => JSON.stringify(row)).sort()
    }),
  )
  return JSON.stringify(tables)
}

// ---- hostile values --------------------------------------------------------------------------------------

const MEGABYTE = 1024 * 1024
const nested = (depth: number, open: string, close: string, leaf = '1') =>
  open.repeat(depth) + leaf + close.repeat(depth)

const nastyStrings = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m\u007f',
  '\ud800',
  '\udfff\ud800',
  '\u202egnp.exe',
  '\ufeff',
  'ﷺ'.repeat(100),
  '😀'.repeat(300),
  'é',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  '%',
  '_',
  '\\',
  '../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%00',
  '%E0%A4%A',
  '/',
  '?',
  '#',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(201),
  'x'.repeat(100_001),
  'x'.repeat(MEGABYTE),
]

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
)

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, -(2 ** 63), 1e308),
  fc.integer(),
)

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { $ne: null }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 12 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse(nested(500, '{"a":', '}'))) },
)

/** Bodies that are not JSON, or JSON built to hurt the parser. */
const rawBodies = [
  '{',
  '{"user":',
  "{'user': {}}",
  '{"user":{"email":"a@b.c",}}',
  'null',
  '"just a string"',
  '12345',
  '[]',
  'undefined',
  '\u0000',
  '{"__proto__":{"admin":true},"user":{"email":"a@b.c","password":"x"}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  nested(100_000, '[', ']', ''),
  nested(50_000, '{"a":', '}'),
  nested(20_000, '{"__proto__":', '}'),
  `{"article":{"title":"${'x'.repeat(MEGABYTE)}"}}`,
]

const contentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/jsonx',
  '',
]

const badAuthorizations = [
  'Token',
  'Token ',
  'Bearer x.y.z',
  'Token not-a-jwt',
  'Basic dXNlcjpwYXNz',
  `Token ${'a'.repeat(10_000)}`,
  // alg "none"
  'Token eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIiwic2lkIjoieCJ9.',
  // HS256 with another key
  'Token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwic2lkIjoieCIsImlzcyI6ImNvbmR1aXQiLCJhdWQiOiJjb25kdWl0LWFwaSIsImlhdCI6MSwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJlLWZyb20tYW5vdGhlci1rZXk',
]

// ---- requests ---------------------------------------------------------------------------------------------

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS'
type Credentials = 'none' | 'valid' | { header: string }
type HostileRequest = {
  method: Method
  url: string
  credentials: Credentials
  /** Origin and Access-Control-Request-* headers, as a browser's CORS preflight sends them. */
  preflight?: Record<string, string>
  body?: { json: unknown } | { raw: string; contentType: string }
}

const unique = () => Math.random().toString(36).slice(2, 10)

/** Valid bodies per write endpoint; the fuzzer breaks one part of each. */
const templates: Record<string, { wrapper?: string; fields: () => Record<string, unknown> }> = {
  'POST /api/users': {
    wrapper: 'user',
    fields: () => ({
      username: `u${unique()}`,
      email: `${unique()}@example.com`,
      password: 'long enough pw',
    }),
  },
  'POST /api/users/login': {
    wrapper: 'user',
    fields: () => ({ email: `${unique()}@example.com`, password: 'whatever' }),
  },
  'POST /api/users/refresh': { fields: () => ({ refreshToken: unique() }) },
  'POST /api/users/logout': { fields: () => ({ refreshToken: unique() }) },
  'PUT /api/user': { wrapper: 'user', fields: () => ({ bio: 'hello', image: null }) },
  'POST /api/articles': {
    wrapper: 'article',
    fields: () => ({ title: `t ${unique()}`, description: 'd', body: 'b', tagList: ['x'] }),
  },
  'PUT /api/articles/:slug': { wrapper: 'article', fields: () => ({ description: 'changed' }) },
  'POST /api/articles/:slug/comments': { wrapper: 'comment', fields: () => ({ body: 'hi' }) },
}

const routes: Array<{ method: Method; path: string }> = [
  ...Object.keys(templates).map((key) => {
    const [method, path] = key.split(' ') as [Method, string]
    return { method, path }
  }),
  { method: 'GET', path: '/api/user' },
  { method: 'GET', path: '/api/user/sessions' },
  { method: 'DELETE', path: '/api/user/sessions' },
  { method: 'DELETE', path: '/api/user/sessions/:id' },
  { method: 'GET', path: '/api/profiles/:username' },
  { method: 'POST', path: '/api/profiles/:username/follow' },
  { method: 'DELETE', path: '/api/profiles/:username/follow' },
  { method: 'GET', path: '/api/articles' },
  { method: 'GET', path: '/api/articles/feed' },
  { method: 'GET', path: '/api/articles/:slug' },
  { method: 'DELETE', path: '/api/articles/:slug' },
  { method: 'POST', path: '/api/articles/:slug/favorite' },
  { method: 'DELETE', path: '/api/articles/:slug/favorite' },
  { method: 'GET', path: '/api/articles/:slug/comments' },
  { method: 'DELETE', path: '/api/articles/:slug/comments/:id' },
  { method: 'GET', path: '/api/tags' },
  { method: 'GET', path: '/api/health' },
]

/** A path parameter: usually hostile, sometimes the real thing so deeper code runs. */
const paramValue = (real: () => string) =>
  fc.oneof(
    { weight: 3, arbitrary: hostileString.filter((value) => value.length < 20_000) },
    { weight: 1, arbitrary: fc.constant(null).map(real) },
  )

const encodings = fc.constantFrom('encoded', 'raw')

/** Every UTF-8 byte escaped; unlike encodeURIComponent it accepts lone surrogates (as U+FFFD). */
const percentEncode = (value: string) =>
  [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')

function fillPath(path: string, values: Record<string, string>, encoding: string) {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name] ?? ''
    return encoding === 'encoded' ? percentEncode(value) : value
  })
}

const queryArbitrary = fc.dictionary(
  fc.constantFrom('limit', 'offset', 'tag', 'author', 'favorited', 'limit[]', 'extra'),
  fc.oneof(
    hostileNumber.map(String),
    hostileString.filter((value) => value.length < 5_000),
  ),
  { maxKeys: 3 },
)

/** One part of a valid body broken: a field wrong, missing or extra, the wrapper wrong, or the whole body. */
function brokenBody(key: string): fc.Arbitrary<HostileRequest['body']> {
  const template = templates[key]
  if (!template) return fc.constant(undefined)
  const wrap = (inner: unknown) => (template.wrapper ? { [template.wrapper]: inner } : inner)
  const fieldNames = Object.keys(template.fields())
  const field = fc.constantFrom(...fieldNames)
  return fc.oneof(
    fc
      .tuple(field, hostileValue)
      .map(([name, value]) => ({ json: wrap({ ...template.fields(), [name]: value }) })),
    field.map((name) => {
      const fields = template.fields()
      delete fields[name]
      return { json: wrap(fields) }
    }),
    fc
      .tuple(
        hostileString.filter((name) => name.length < 100),
        hostileValue,
      )
      .map(([name, value]) => ({ json: wrap({ ...template.fields(), [name]: value }) })),
    hostileValue.map((value) => ({ json: wrap(value) })),
    hostileValue.map((value) => ({ json: value })),
    fc.constantFrom(...rawBodies).map((raw) => ({ raw, contentType: 'application/json' })),
    fc
      .tuple(fc.constantFrom(...contentTypes), fc.constant(null))
      .map(([contentType]) => ({ raw: JSON.stringify(wrap(template.fields())), contentType })),
  )
}

const credentials: fc.Arbitrary<Credentials> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('valid' as const) },
  { weight: 1, arbitrary: fc.constant('none' as const) },
  { weight: 1, arbitrary: fc.constantFrom(...badAuthorizations).map((header) => ({ header })) },
)

/** The route's own method mostly; also HEAD (Fastify answers it for every GET) and OPTIONS (CORS). */
const methodFor = (method: Method): fc.Arbitrary<Method> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(method) },
    { weight: 1, arbitrary: fc.constant<Method>(method === 'GET' ? 'HEAD' : 'OPTIONS') },
    { weight: 1, arbitrary: fc.constant<Method>('OPTIONS') },
  )

const preflightHeaders = fc.option(
  fc.record({
    origin: fc.oneof(
      fc.constant('http://localhost:5173'),
      hostileString.filter((value) => value.length < 200),
    ),
    'access-control-request-method': fc.oneof(
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'),
      hostileString.filter((value) => value.length < 100),
    ),
    'access-control-request-headers': fc.oneof(
      fc.constantFrom('content-type,authorization', 'x-evil', ''),
      hostileString.filter((value) => value.length < 100),
    ),
  }),
  { nil: undefined },
)

/** Header values must be latin-1 without control characters, or inject throws before the app sees them. */
const asHeaderValue = (value: string) => value.replace(/[^\x20-\x7e\x80-\xff]/g, '?')

const hostileRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  ...routes.map(({ method, path }) =>
    fc
      .record({
        method: methodFor(method),
        preflight: preflightHeaders,
        slug: paramValue(() => slug),
        username: paramValue(() => username),
        id: fc.oneof(hostileString, hostileNumber.map(String), fc.constant('1')),
        encoding: encodings,
        query: queryArbitrary,
        credentials,
        body: brokenBody(`${method} ${path}`),
      })
      .map(
        ({
          method: sent,
          preflight,
          slug: slugValue,
          username: user,
          id,
          encoding,
          query,
          credentials,
          body,
        }) => {
          const filled = fillPath(path, { slug: slugValue, username: user, id }, encoding)
          const search = new URLSearchParams(query).toString()
          return {
            method: sent,
            url: search ? `${filled}?${search}` : filled,
            credentials,
            ...(sent === 'OPTIONS' && preflight ? { preflight } : {}),
            ...(body && sent !== 'HEAD' && sent !== 'OPTIONS' ? { body } : {}),
          }
        },
      ),
  ),
)

function injectOptions(request: HostileRequest): InjectOptions {
  const headers: Record<string, string> = {}
  if (request.credentials === 'valid') headers.authorization = `Token ${token}`
  else if (request.credentials !== 'none') headers.authorization = request.credentials.header
  for (const [name, value] of Object.entries(request.preflight ?? {})) headers[name] = asHeaderValue(value)
  const options: InjectOptions = { method: request.method, url: request.url, headers }
  if (request.body && 'json' in request.body) {
    headers['content-type'] = 'application/json'
    options.payload = JSON.stringify(request.body.json) ?? ''
  } else if (request.body) {
    if (request.body.contentType) headers['content-type'] = request.body.contentType
    options.payload = request.body.raw
  }
  return options
}

function describeRequest(request: HostileRequest): string {
  const body = request.body ? JSON.stringify(request.body).slice(0, 300) : ''
  return `${request.method} ${request.url.slice(0, 300)} ${body}`
}

function isErrorEnvelope(payload: string): boolean {
  try {
    const parsed: unknown = JSON.parse(payload)
    if (typeof parsed !== 'object' || parsed === null || !('errors' in parsed)) return false
    const { errors } = parsed as { errors: unknown }
    if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return false
    const entries = Object.values(errors)
    return (
      entries.length > 0 &&
      entries.every(
        (messages) =>
          Array.isArray(messages) &&
          messages.length > 0 &&
          messages.every((message) => typeof message === 'string'),
      )
    )
  } catch {
    return false
  }
}

async function check(request: HostileRequest) {
  casesRun++
  methods.set(request.method, (methods.get(request.method) ?? 0) + 1)
  const before = await snapshot()
  const response = await app.inject(injectOptions(request))
  statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
  const what = `${describeRequest(request)} → ${response.statusCode} ${response.body.slice(0, 300)}`
  expect(response.statusCode, what).toBeLessThan(500)
  if (request.method === 'HEAD' || request.method === 'OPTIONS') {
    // They never write, whatever the answer; a HEAD answer has no body to hold an envelope.
    if (request.method === 'HEAD') expect(response.body, what).toBe('')
    expect(await snapshot(), `${what}: a ${request.method} changed the database`).toBe(before)
    return
  }
  if (response.statusCode < 400) return
  expect(isErrorEnvelope(response.body), what).toBe(true)
  expect(await snapshot(), `${what}: a rejected request changed the database`).toBe(before)
}

describe('hostile input', () => {
  it(
    'never answers 5xx and never writes on rejection, on random broken requests',
    async () => {
      await fc.assert(fc.asyncProperty(hostileRequest, check), { numRuns: RUNS, endOnFailure: true })
    },
    Math.max(20_000, RUNS * 200),
  )

  it('rejects parser bombs and wrong content types on every write endpoint', async () => {
    for (const key of Object.keys(templates)) {
      const [method, path] = key.split(' ') as [Method, string]
      const url = fillPath(path, { slug }, 'encoded')
      for (const raw of rawBodies)
        await check({ method, url, credentials: 'valid', body: { raw, contentType: 'application/json' } })
      for (const contentType of contentTypes)
        await check({ method, url, credentials: 'valid', body: { raw: '{}', contentType } })
    }
  })

  it('answers 422 to out-of-range paging and keeps valid unicode', async () => {
    for (const [limit, offset] of [
      ['-1', '0'],
      ['0', '0'],
      ['101', '0'],
      ['99999999999999999999', '0'],
      ['1', '-1'],
      ['1', '1.5'],
      ['abc', 'def'],
    ]) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/articles?limit=${limit}&offset=${offset}`,
      })
      casesRun++
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
      expect(response.statusCode, `limit=${limit} offset=${offset}`).toBe(422)
      expect(isErrorEnvelope(response.body)).toBe(true)
    }
    const title = 'Ünïcödé 😀 ﷺ ‮ title'
    const created = await createArticle(app, token, { title, tagList: ['ελληνικά', '日本語'] })
    casesRun++
    const fetched = await app.inject({
      method: 'GET',
      url: `/api/articles/${encodeURIComponent(created.slug)}`,
    })
    expect(fetched.statusCode).toBe(200)
    expect(fetched.json().article.title).toBe(title)
  })
})
