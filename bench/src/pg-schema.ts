// Gives the API an empty PostgreSQL database to migrate. By default bench works in its own schema `bench`
// (dropped and recreated each run) and points the API at it through libpq's `options` startup parameter;
// BENCH_RESET_PG=1 wipes `public` instead, for a database that exists only for benchmarks.
import pg from 'pg'

export const BENCH_SCHEMA = 'bench'

export function withSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  // URLSearchParams writes spaces as "+", which pg-connection-string does not decode; use %20.
  return url.toString().replace(/options=[^&]*/, `options=${encodeURIComponent(`-c search_path=${schema}`)}`)
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Returns the URL the API should use. */
export async function preparePostgres(databaseUrl: string, resetPublic: boolean): Promise<string> {
  if (resetPublic) {
    // A database only for benchmarks: wipe it whole, bench's own schema included.
    await withClient(databaseUrl, (c) =>
      c.query(
        `DROP SCHEMA IF EXISTS ${BENCH_SCHEMA} CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;`,
      ),
    )
    return databaseUrl
  }
  await withClient(databaseUrl, (c) =>
    c.query(`DROP SCHEMA IF EXISTS ${BENCH_SCHEMA} CASCADE; CREATE SCHEMA ${BENCH_SCHEMA};`),
  )
  const url = withSearchPath(databaseUrl, BENCH_SCHEMA)
  // Proves pg passes `options` through, so the API's pool (built from the same URL) lands in the schema,
  // and its migrator, which keeps its bookkeeping in the connection's current schema, does too.
  const searchPath = await withClient(
    url,
    async (c) => (await c.query('SHOW search_path')).rows[0]?.search_path,
  )
  if (searchPath !== BENCH_SCHEMA)
    throw new Error(`search_path via URL options did not apply (got ${searchPath})`)
  return url
}
