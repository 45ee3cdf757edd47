// The two stacks the e2e run starts (each: a fresh SQLite API behind the static host, through
// scripts/start.mjs), shared by playwright.config.ts and the specs. Ports can be overridden.

/** `mailPort`: the page of the mail catcher start.mjs runs beside the stack (its SMTP port is any free one). */
export type Stack = { apiPort: number; hostPort: number; baseURL: string; mailPort: number; mailURL: string }

function stack(
  apiPort: string | undefined,
  hostPort: string | undefined,
  mailPort: string | undefined,
  defaults: [number, number, number],
): Stack {
  const api = Number(apiPort ?? defaults[0])
  const host = Number(hostPort ?? defaults[1])
  const mail = Number(mailPort ?? defaults[2])
  return {
    apiPort: api,
    hostPort: host,
    baseURL: `http://127.0.0.1:${host}`,
    mailPort: mail,
    mailURL: `http://127.0.0.1:${mail}`,
  }
}

/** Default lifetimes: what every spec but token expiry runs against. */
export const mainStack = stack(
  process.env.E2E_API_PORT,
  process.env.E2E_HOST_PORT,
  process.env.E2E_MAIL_PORT,
  [3100, 8180, 8182],
)

/** Access tokens live 5 s here, so a page left open must refresh to keep working. */
export const shortTokenStack = stack(
  process.env.E2E_SHORT_API_PORT,
  process.env.E2E_SHORT_HOST_PORT,
  process.env.E2E_SHORT_MAIL_PORT,
  [3101, 8181, 8183],
)
export const SHORT_ACCESS_TOKEN_TTL_SECONDS = 5
