import { randomBytes } from 'node:crypto'
import type { FastifyServerOptions } from 'fastify'
import type { KyselyPlugin } from 'kysely'
import pg from 'pg'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { createDatabase, type DatabaseHandle } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'

export type TestOptions = {
  env?: Record<string, string>
  plugins?: KyselyPlugin[]
  logger?: FastifyServerOptions['logger']
}

/** Which engine this run tests: vitest's `api:postgres` project sets TEST_DB=postgres. */
export const testDialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

/**
 * A fresh database per app: an in-memory SQLite, or a private PostgreSQL schema dropped on close, so test
 * files run in parallel without seeing each other's rows.
 */
export async function openTestDatabase(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (testDialect === 'sqlite') {
    return { handle: await createDatabase('sqlite::memory:'), cleanup: async () => {} }
  }
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL')
  return openPrivateSchema(url, 'test')
}

/** A fresh PostgreSQL schema on `url` (`<prefix>_<random>`) and a connection working in it; `cleanup` drops it. */
export async function openPrivateSchema(
  url: string,
  prefix: string,
): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  return {
    handle: await createDatabase(url, { searchPath: schema }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`drop schema ${schema} cascade`)
      await client.end()
    },
  }
}

export async function buildTestApp(options: TestOptions = {}) {
  return (await buildTestAppWithDb(options)).app
}

/** The app and its database, for tests that must look at rows directly (fuzzing, deleted accounts). */
export async function buildTestAppWithDb(options: TestOptions = {}) {
  const config = testConfig(options.env)
  const { handle, cleanup } = await openTestDatabase()
  const db = (options.plugins ?? []).reduce((current, plugin) => current.withPlugin(plugin), handle.db)
  try {
    await migrateToLatest(handle)
  } catch (error) {
    // A half-migrated schema left behind would break every later run on the same database.
    await handle.db.destroy()
    await cleanup()
    throw error
  }
  const app = await buildApp(config, { database: { ...handle, db }, logger: options.logger ?? false })
  app.addHook('onClose', cleanup)
  await app.ready()
  return { app, db: handle.db, dialect: handle.dialect, config }
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>

/** The tests' configuration: quiet, no demo data, no sign-in limits, then `env` on top. */
export function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-000',
    SEED_DEMO: '0',
    AUTH_RATE_LIMIT_ACCOUNT: '0',
    AUTH_RATE_LIMIT_IP: '0',
    ...env,
  })
}

/**
 * A second API on a test app's database, as another replica would be, with caches of its own. Not closed by
 * the caller: it shares the first app's database connection, which that app closes.
 */
export function buildReplica(built: Awaited<ReturnType<typeof buildTestAppWithDb>>) {
  return buildApp(built.config, { database: { db: built.db, dialect: built.dialect } })
}
