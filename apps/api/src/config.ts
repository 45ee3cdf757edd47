import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { type Static, Type } from 'typebox'
import { Value } from 'typebox/value'

const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  API_PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  DATABASE_URL: Type.String({
    default: 'sqlite:data/conduit.sqlite',
    pattern: '^(sqlite:|postgres(ql)?://)',
  }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  ACCESS_TOKEN_TTL: Type.Integer({ default: 900, minimum: 1 }),
  REFRESH_TOKEN_TTL: Type.Integer({ default: 30 * 24 * 3600, minimum: 60 }),
  TOKEN_MODE: Type.Union([Type.Literal('compat'), Type.Literal('strict')], { default: 'compat' }),
  SEED_DEMO: Type.Union([Type.Literal('0'), Type.Literal('1')], { default: '1' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  AUTH_RATE_LIMIT_WINDOW: Type.Integer({ default: 900, minimum: 1 }),
  AUTH_RATE_LIMIT_ACCOUNT: Type.Integer({ default: 10, minimum: 0 }),
  AUTH_RATE_LIMIT_IP: Type.Integer({ default: 100, minimum: 0 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  CORS_ORIGIN: Type.String({ default: '*' }),
  TRUST_PROXY: Type.String({ default: 'loopback' }),
  BODY_LIMIT: Type.Integer({ default: 1024 * 1024, minimum: 1024 }),
  PAGE_CACHE_MB: Type.Number({ default: 4, minimum: 0 }),
  SEARCH_CACHE_MB: Type.Number({ default: 4, minimum: 0 }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ default: 'Conduit <no-reply@conduit.localhost>', minLength: 3 }),
  MAIL_SEND_ATTEMPTS: Type.Integer({ default: 5, minimum: 1, maximum: 20 }),
  MAIL_RETRY_DELAY_MS: Type.Integer({ default: 2000, minimum: 1 }),
  MAIL_RATE_LIMIT_WINDOW: Type.Integer({ default: 3600, minimum: 1 }),
  MAIL_RATE_LIMIT_ACCOUNT: Type.Integer({ default: 5, minimum: 0 }),
  PORT: Type.Integer({ default: 8080, minimum: 0, maximum: 65535 }),
  APP_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s/]+' })),
  PASSWORD_RESET_TTL: Type.Integer({ default: 3600, minimum: 1 }),
  EMAIL_VERIFICATION_TTL: Type.Integer({ default: 48 * 3600, minimum: 1 }),
  SPAM_NEW_ACCOUNT_HOURS: Type.Number({ default: 24, minimum: 0 }),
  SPAM_ARTICLES_PER_HOUR: Type.Integer({ default: 30, minimum: 0 }),
  SPAM_COMMENTS_PER_HOUR: Type.Integer({ default: 120, minimum: 0 }),
  REPORTS_PER_HOUR: Type.Integer({ default: 20, minimum: 0 }),
  SUSPENSION_SWEEP_MS: Type.Integer({ default: 5000, minimum: 10 }),
})

type Env = Static<typeof EnvSchema>

export type Config = Readonly<{
  env: Env['NODE_ENV']
  host: string
  port: number
  databaseUrl: string
  jwtSecret: string
  accessTokenTtl: number
  refreshTokenTtl: number
  /** `compat`: a session that never refreshed vouches for its expired access tokens (decision 011). */
  tokenMode: Env['TOKEN_MODE']
  seedDemo: boolean
  logLevel: string
  authRateLimit: Readonly<{ windowSeconds: number; perAccount: number; perIp: number }>
  redisUrl: string | undefined
  corsOrigin: string
  trustProxy: string
  bodyLimit: number
  pageCacheBytes: number
  /** Recent searches' result ids and counts (modules/articles/search-cache.ts); 0 turns it off. */
  searchCacheBytes: number
  mail: Readonly<{
    /** Unset: mail is written to the log instead of sent (see mail/transport.ts). */
    smtpUrl: string | undefined
    from: string
    attempts: number
    retryDelayMs: number
    rateLimit: Readonly<{ windowSeconds: number; perAccount: number }>
  }>
  /** The web app's public origin (and path), for links in mail and feeds; no trailing slash. */
  appUrl: string
  passwordResetTtl: number
  emailVerificationTtl: number
  /**
   * Accounts younger than `newAccountHours` write at most this many articles and comments an hour
   * (docs/decisions/017); 0 turns a limit off, and `newAccountHours` 0 turns both off.
   */
  spamLimits: Readonly<{ newAccountHours: number; articlesPerHour: number; commentsPerHour: number }>
  /** Reports one account may file per hour; 0 disables the limit. */
  reportsPerHour: number
  /** How often timed suspensions that have run out are ended. */
  suspensionSweepMs: number
}>

export class ConfigError extends Error {}

/** Reads and validates the environment once; the only reader of process.env in the API. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(
    Object.keys(EnvSchema.properties)
      .filter((key) => source[key] !== undefined && source[key] !== '')
      .map((key) => [key, source[key]]),
  )
  const env = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw)) as Env
  const errors = [...Value.Errors(EnvSchema, env)]
  if (errors.length > 0) {
    const described = errors.map((error) => `${error.instancePath.slice(1) || 'env'} ${error.message}`)
    throw new ConfigError(`invalid configuration: ${[...new Set(described)].join('; ')}`)
  }
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('invalid configuration: JWT_SECRET is required when NODE_ENV=production')
  }
  // Mail links built from the local default would point every recipient at their own machine.
  if (env.NODE_ENV === 'production' && env.SMTP_URL && !env.APP_URL) {
    throw new ConfigError(
      'invalid configuration: APP_URL is required when NODE_ENV=production and SMTP_URL is set',
    )
  }
  return Object.freeze({
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.API_PORT,
    databaseUrl: env.DATABASE_URL,
    jwtSecret: env.JWT_SECRET ?? developmentSecret(env.DATABASE_URL),
    accessTokenTtl: env.ACCESS_TOKEN_TTL,
    refreshTokenTtl: env.REFRESH_TOKEN_TTL,
    tokenMode: env.TOKEN_MODE,
    seedDemo: env.SEED_DEMO === '1',
    logLevel: env.LOG_LEVEL,
    authRateLimit: Object.freeze({
      windowSeconds: env.AUTH_RATE_LIMIT_WINDOW,
      perAccount: env.AUTH_RATE_LIMIT_ACCOUNT,
      perIp: env.AUTH_RATE_LIMIT_IP,
    }),
    redisUrl: env.REDIS_URL,
    corsOrigin: env.CORS_ORIGIN,
    trustProxy: env.TRUST_PROXY,
    bodyLimit: env.BODY_LIMIT,
    pageCacheBytes: Math.round(env.PAGE_CACHE_MB * 1024 * 1024),
    searchCacheBytes: Math.round(env.SEARCH_CACHE_MB * 1024 * 1024),
    mail: Object.freeze({
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      attempts: env.MAIL_SEND_ATTEMPTS,
      retryDelayMs: env.MAIL_RETRY_DELAY_MS,
      rateLimit: Object.freeze({
        windowSeconds: env.MAIL_RATE_LIMIT_WINDOW,
        perAccount: env.MAIL_RATE_LIMIT_ACCOUNT,
      }),
    }),
    // PORT is the web host's (npm start), so the default is where a local browser finds the app.
    appUrl: (env.APP_URL ?? `http://127.0.0.1:${env.PORT}`).replace(/\/+$/, ''),
    passwordResetTtl: env.PASSWORD_RESET_TTL,
    emailVerificationTtl: env.EMAIL_VERIFICATION_TTL,
    spamLimits: Object.freeze({
      newAccountHours: env.SPAM_NEW_ACCOUNT_HOURS,
      articlesPerHour: env.SPAM_ARTICLES_PER_HOUR,
      commentsPerHour: env.SPAM_COMMENTS_PER_HOUR,
    }),
    reportsPerHour: env.REPORTS_PER_HOUR,
    suspensionSweepMs: env.SUSPENSION_SWEEP_MS,
  })
}

/**
 * Outside production a secret is generated once and kept beside the data, so a restart doesn't sign
 * everybody out. For PostgreSQL the data directory is ./data.
 */
function developmentSecret(databaseUrl: string): string {
  const dataDir = databaseUrl.startsWith('sqlite:') ? dirname(resolve(databaseUrl.slice(7))) : resolve('data')
  const file = join(dataDir, 'jwt-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
