import type { ValidateFunction } from 'ajv'

/** What Fastify calls to validate one part of a request: AJV's compiled function or this module's wrapper. */
type Validate = ((data: unknown) => boolean) & Pick<ValidateFunction, 'errors'>

/** Zero or a signed decimal without leading zeros, signs, spaces, exponents, fractions or radix prefixes. */
const CANONICAL_INTEGER = /^(?:0|-?[1-9][0-9]*)$/

function integerProperties(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {}
  return Object.entries(properties)
    .filter(([, property]) => property.type === 'integer')
    .map(([name]) => name)
}

/**
 * Paths and query strings are text, and AJV's coerceTypes reads numbers with Number(): `0x10`, `1e1`, `+16`,
 * `016`, ` 16` and `16.0` all became 16, so `DELETE …/comments/0x10` deleted comment 16. Every integer
 * property of a path or query schema is read here instead, before validation, and only in its canonical
 * decimal spelling; anything else stays a string and fails the schema's `integer` type (a 422 naming the
 * field). The validator this wraps must not coerce.
 */
export function readingCanonicalIntegers(schema: unknown, validate: ValidateFunction): Validate {
  const names = integerProperties(schema)
  if (names.length === 0) return validate
  const wrapped: Validate = (data) => {
    if (data !== null && typeof data === 'object') {
      const fields = data as Record<string, unknown>
      for (const name of names) {
        const value = fields[name]
        if (typeof value === 'string' && CANONICAL_INTEGER.test(value)) fields[name] = Number(value)
      }
    }
    // Path and query schemas are never async ($async), so AJV answers with a boolean.
    const result = validate(data) as boolean
    wrapped.errors = validate.errors
    return result
  }
  return wrapped
}
