import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './schema'

export type Dialect = 'sqlite' | 'postgres'

export type Db = Kysely<Database>

export type DatabaseHandle = { db: Db; dialect: Dialect }

// COUNT(*) and other int8 results arrive as strings from pg; our counts always fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))

export function createDatabase(url: string, options: { searchPath?: string } = {}): DatabaseHandle {
  const plugins = [new CamelCasePlugin()]
  if (url.startsWith('sqlite:')) {
    return {
      db: new Kysely<Database>({
        dialect: new SqliteDialect({ database: openSqlite(url.slice(7)) }),
        plugins,
      }),
      dialect: 'sqlite',
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  })
  // An idle client losing its server must not crash the process; the next query reports the outage.
  pool.on('error', () => {})
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins }),
    dialect: 'postgres',
  }
}

function openSqlite(path: string): SQLite.Database {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  const sqlite = new SQLite(path)
  // WAL with synchronous=NORMAL keeps every committed write across a process crash.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return sqlite
}
