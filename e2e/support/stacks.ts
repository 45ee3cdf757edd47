// The two stacks the e2e run starts (each: a fresh SQLite API behind the static host, through
// scripts/start.mjs), shared by playwright.config.ts and the specs. Ports can be overridden.

export type Stack = { apiPort: number; hostPort: number; baseURL: string }

function stack(apiPort: string | undefined, hostPort: string | undefined, defaults: [number, number]): Stack {
  const api = Number(apiPort ?? defaults[0])
  const host = Number(hostPort ?? defaults[1])
  return { apiPort: api, hostPort: host, baseURL: `http://127.0.0.1:${host}` }
}

/** Default lifetimes: what every spec but token expiry runs against. */
export const mainStack = stack(process.env.E2E_API_PORT, process.env.E2E_HOST_PORT, [3100, 8180])

/** Access tokens live 5 s here, so a page left open must refresh to keep working. */
export const shortTokenStack = stack(
  process.env.E2E_SHORT_API_PORT,
  process.env.E2E_SHORT_HOST_PORT,
  [3101, 8181],
)
export const SHORT_ACCESS_TOKEN_TTL_SECONDS = 5
