/**
 * What the measuring scripts (`measure-search.ts`, `measure-writes.ts`) start from: an empty, migrated
 * database of one engine that they may fill and drop, and plain users to write as.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, type DatabaseHandle, type Dialect } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { openPrivateSchema } from '../test/build-test-app'

export const scratchPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A SQLite file in a temporary folder (`file`), or a private schema of TEST_DATABASE_URL; `cleanup` drops it. */
export async function openScratchDatabase(
  dialect: Dialect,
): Promise<{ handle: DatabaseHandle; file?: string; cleanup: () => Promise<void> }> {
  const opened = await (async () => {
    if (dialect === 'postgres') return openPrivateSchema(scratchPostgresUrl, 'measure')
    const dir = mkdtempSync(join(tmpdir(), 'measure-'))
    const file = join(dir, 'db.sqlite')
    return {
      handle: await createDatabase(`sqlite:${file}`),
      file,
      cleanup: async () => rmSync(dir, { recursive: true }),
    }
  })()
  await migrateToLatest(opened.handle)
  return opened
}

/** Users `u0`…`u<count - 1>`, ids 1…count on a fresh database; none can sign in. */
export async function insertUsers(db: DatabaseHandle['db'], count: number): Promise<void> {
  await db
    .insertInto('users')
    .values(
      Array.from({ length: count }, (_, i) => ({
        username: `u${i}`,
        email: `u${i}@x.example`,
        passwordHash: 'x',
        bio: '',
        image: null,
        emailVerifiedAt: null,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
    )
    .execute()
}
