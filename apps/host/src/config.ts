import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type HostConfig = Readonly<{
  host: string
  port: number
  netlifyToml: string
  /** Overrides netlify.toml's publish folder when set. */
  publishDir: string | undefined
  apiOrigin: string
  logLevel: string
}>

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..')

function parsePort(value: string | undefined): number {
  const port = Number(value ?? '8080')
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid configuration: PORT must be 0..65535, got ${value}`)
  return port
}

function parseOrigin(value: string | undefined): string {
  const origin = (value ?? 'http://127.0.0.1:3000').trim()
  if (origin.includes(',')) {
    throw new Error(
      'invalid configuration: API_ORIGIN takes one origin, like Netlify; to spread requests over several API ' +
        'replicas put a load balancer in front of them and point API_ORIGIN at it (npm run start:cluster runs ' +
        'that locally with HAProxy; see docs/deploy.md)',
    )
  }
  const url = URL.canParse(origin) ? new URL(origin) : null
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/+$/, '')) {
    throw new Error(
      `invalid configuration: API_ORIGIN must be an origin like http://127.0.0.1:3000, got ${origin}`,
    )
  }
  return url.origin
}

/** Reads the environment once; the only reader of process.env in the host. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HostConfig {
  return Object.freeze({
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT || undefined),
    netlifyToml: resolve(env.NETLIFY_TOML || resolve(REPO_ROOT, 'netlify.toml')),
    publishDir: env.PUBLISH_DIR ? resolve(env.PUBLISH_DIR) : undefined,
    apiOrigin: parseOrigin(env.API_ORIGIN || undefined),
    logLevel: env.LOG_LEVEL || 'info',
  })
}
