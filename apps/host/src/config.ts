import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type HostConfig = Readonly<{
  host: string
  port: number
  netlifyToml: string
  /** Overrides netlify.toml's publish folder when set. */
  publishDir: string | undefined
  apiOrigins: readonly string[]
  logLevel: string
}>

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..')

function parsePort(value: string | undefined): number {
  const port = Number(value ?? '8080')
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid configuration: PORT must be 0..65535, got ${value}`)
  return port
}

function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? 'http://127.0.0.1:3000')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  for (const origin of origins) {
    const url = URL.canParse(origin) ? new URL(origin) : null
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/+$/, '')) {
      throw new Error(
        `invalid configuration: API_ORIGIN entries must be origins like http://127.0.0.1:3000, got ${origin}`,
      )
    }
  }
  if (origins.length === 0) throw new Error('invalid configuration: API_ORIGIN is empty')
  return origins.map((origin) => origin.replace(/\/+$/, ''))
}

/** Reads the environment once; the only reader of process.env in the host. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HostConfig {
  return Object.freeze({
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT || undefined),
    netlifyToml: resolve(env.NETLIFY_TOML || resolve(REPO_ROOT, 'netlify.toml')),
    publishDir: env.PUBLISH_DIR ? resolve(env.PUBLISH_DIR) : undefined,
    apiOrigins: Object.freeze(parseOrigins(env.API_ORIGIN || undefined)),
    logLevel: env.LOG_LEVEL || 'info',
  })
}
