import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Db } from '../src/db/database'
import { verifyPassword } from '../src/modules/users/passwords'
import { openPrivateSchema, testDialect } from './build-test-app'

/**
 * `npm run admin` (scripts/admin-cli.ts) run for real, as a child process, on a fresh database: a SQLite file,
 * or a private PostgreSQL schema named in DATABASE_URL. The first run applies the migrations.
 */

const API_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

let databaseUrl = ''
let db: Db
let cleanup: () => Promise<void> = async () => {}

beforeAll(async () => {
  if (testDialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'conduit-admin-'))
    databaseUrl = `sqlite:${join(dir, 'conduit.sqlite')}`
    // Opened after the CLI's first run has made and migrated the file.
    cleanup = async () => rmSync(dir, { recursive: true, force: true })
    return
  }
  const url = process.env.TEST_DATABASE_URL ?? ''
  const schema = await openPrivateSchema(url, 'admin_cli')
  cleanup = schema.cleanup
  db = schema.handle.db
  const named = new URL(url)
  named.searchParams.set('options', `-c search_path=${schema.handle.schema}`)
  databaseUrl = named.toString()
})

afterAll(async () => {
  await db?.destroy()
  await cleanup()
})

type Run = { code: number; stdout: string; stderr: string }

function admin(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin-cli.ts', ...args],
      {
        cwd: API_DIR,
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_URL: databaseUrl,
          // Keeps the CLI from writing a development secret next to the sources.
          JWT_SECRET: 'admin-cli-test-secret-that-is-long-enough-0',
          NODE_ENV: 'test',
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout: stdout.trim(), stderr: stderr.trim() }),
    )
  })
}

async function account(email: string) {
  if (!db) db = (await createDatabase(databaseUrl)).db
  return db
    .selectFrom('users')
    .select(['id', 'username', 'email', 'role', 'passwordHash'])
    .where('email', '=', email)
    .executeTakeFirst()
}

/** A refusal is one line on stderr, nothing on stdout, exit code 1. */
function expectRefusal(run: Run, message: string) {
  expect(run).toMatchObject({ code: 1, stdout: '' })
  expect(run.stderr).toBe(`admin: ${message}`)
}

describe('npm run admin', () => {
  it('creates an admin on a fresh database, with sign-up rules and an argon2id hash', async () => {
    const run = await admin(
      'create',
      '--email',
      'Root@Example.COM',
      '--username',
      'root',
      '--password',
      'a long password',
    )
    expect(run).toMatchObject({ code: 0, stdout: 'admin root <root@example.com> created' })
    const root = await account('root@example.com')
    expect(root).toMatchObject({ username: 'root', role: 'admin' })
    expect(root?.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(root?.passwordHash, 'a long password')).toBe(true)
  }, 60_000)

  it('refuses a bad email, a short password and a taken username, writing nothing', async () => {
    expectRefusal(
      await admin('create', '--email', 'not-an-email', '--username', 'x1', '--password', 'a long password'),
      'email is invalid',
    )
    expectRefusal(
      await admin('create', '--email', 'x2@example.com', '--username', 'x2', '--password', 'short'),
      'password is too short (minimum is 8 characters)',
    )
    expectRefusal(
      await admin(
        'create',
        '--email',
        'other@example.com',
        '--username',
        'root',
        '--password',
        'a long password',
      ),
      'username has already been taken',
    )
    expect(await account('other@example.com')).toBeUndefined()
    expect(await account('x2@example.com')).toBeUndefined()
  }, 60_000)

  it('changes roles, and makes an existing account an admin without touching its name or password', async () => {
    const demoted = await admin('role', 'ROOT@example.com', 'moderator')
    expect(demoted).toMatchObject({ code: 0, stdout: 'root@example.com (root) is now a moderator' })
    expect((await account('root@example.com'))?.role).toBe('moderator')
    expect((await admin('role', 'root@example.com', 'admin')).stdout).toBe(
      'root@example.com (root) is now an admin',
    )
    expect((await admin('role', 'root@example.com', 'user')).stdout).toBe(
      'root@example.com (root) is now a user',
    )

    const promoted = await admin(
      'create',
      '--email',
      'root@example.com',
      '--username',
      'someone',
      '--password',
      'another password',
    )
    expect(promoted.code).toBe(0)
    expect(promoted.stdout).toMatch(/is now an admin/)
    const root = await account('root@example.com')
    expect(root).toMatchObject({ username: 'root', role: 'admin' })
    expect(await verifyPassword(root?.passwordHash, 'a long password')).toBe(true)
  }, 60_000)

  it('refuses an unknown account, an unknown role, and a misuse', async () => {
    expectRefusal(
      await admin('role', 'nobody@example.com', 'admin'),
      'no account has the email nobody@example.com',
    )
    expectRefusal(
      await admin('role', 'root@example.com', 'owner'),
      'role must be one of user, moderator, admin (got "owner")',
    )
    expect((await account('root@example.com'))?.role).toBe('admin')
    const misuse = await admin('create', '--email', 'a@example.com')
    expect(misuse.code).toBe(2)
    expect(misuse.stderr).toMatch(/^usage:/)
  }, 60_000)
})
