import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { type ApiProcess, call, createScratchDatabase, startApi } from './api-process'
import { testDialect } from './build-test-app'

/**
 * Two replicas started at the same instant on an empty PostgreSQL database (a deploy of two): the
 * migrations must run once, and both must come up. Runs in the api:postgres project only.
 */

const databaseUrl = process.env.TEST_DATABASE_URL
const enabled = testDialect === 'postgres' && Boolean(databaseUrl)

let replicas: ApiProcess[] = []
let dropDatabase: () => Promise<void> = async () => {}
afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()))
  await dropDatabase()
}, 30_000)

async function appliedMigrations(url: string, schema = 'public'): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `select name from ${schema}.kysely_migration order by name`,
    )
    return rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}

describe.skipIf(!enabled)('two replicas starting together on an empty database', () => {
  it('applies each migration once when two connections migrate at the same moment', async () => {
    const url = databaseUrl ?? ''
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    try {
      // Several rounds: process start-up jitter could hide a race that one round happens to miss.
      for (let round = 0; round < 5; round += 1) {
        const schema = `race_${randomBytes(5).toString('hex')}`
        await admin.query(`create schema ${schema}`)
        const handles = await Promise.all([0, 1].map(() => createDatabase(url, { searchPath: schema })))
        try {
          const outcomes = await Promise.allSettled(handles.map((handle) => migrateToLatest(handle)))
          expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled'])
          const names = await appliedMigrations(url, schema)
          expect(names.length).toBeGreaterThan(0)
          expect(new Set(names).size).toBe(names.length)
        } finally {
          await Promise.all(handles.map((handle) => handle.db.destroy()))
          await admin.query(`drop schema ${schema} cascade`)
        }
      }
    } finally {
      await admin.end()
    }
  }, 60_000)

  it('migrates once and both serve requests', async () => {
    const database = await createScratchDatabase(databaseUrl ?? '', 'conduit_race')
    dropDatabase = database.drop
    const env = { DATABASE_URL: database.url }
    const started = await Promise.allSettled([startApi(env), startApi(env)])
    replicas = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
    const failures = started.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    )
    expect(failures).toEqual([])

    const names = await appliedMigrations(database.url)
    expect(names.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)

    const [one, two] = replicas as [ApiProcess, ApiProcess]
    const email = `race_${Date.now()}@example.com`
    const user = { email, password: 'correct horse battery', username: email.split('@')[0] }
    expect((await call(one.url, 'POST', '/api/users', { body: { user } })).status).toBe(201)
    const signedIn = await call(two.url, 'POST', '/api/users/login', {
      body: { user: { email, password: user.password } },
    })
    expect(signedIn.status).toBe(200)
  }, 90_000)
})
