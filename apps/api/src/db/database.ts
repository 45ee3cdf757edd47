import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type SQLite from 'better-sqlite3'
import { CamelCasePlugin, Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely'
import type { Database } from './schema'

export type Dialect = 'sqlite' | 'postgres'

export type Db = Kysely<Database>

/**
 * `schema` is set when the connection works in a schema of its own (tests); migrations must use it too.
 * `url` is PostgreSQL's, for connections of its own beside the pool (the change listener).
 */
export type DatabaseHandle = { db: Db; dialect: Dialect; schema?: string; url?: string }

/** Only the driver the URL names is loaded: each costs memory the other deployment never needs. */
export async function createDatabase(
  url: string,
  options: { searchPath?: string } = {},
): Promise<DatabaseHandle> {
  const plugins = [new CamelCasePlugin()]
  if (url.startsWith('sqlite:')) {
    const { default: SQLiteDatabase } = await import('better-sqlite3')
    return {
      db: new Kysely<Database>({
        dialect: new SqliteDialect({
          database: withStatementCache(openSqlite(SQLiteDatabase, url.slice(7))),
        }),
        plugins,
      }),
      dialect: 'sqlite',
    }
  }
  const { default: pg } = await import('pg')
  // COUNT(*) and other int8 results arrive as strings from pg; our counts always fit a JS number.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  })
  // A client losing its server must not crash the process, idle (the pool's 'error') or checked out between
  // two statements of a transaction (the client's own 'error', which pg-pool leaves unhandled): the next
  // query fails, becomes a 503, and the pool drops the broken client on release.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins }),
    dialect: 'postgres',
    url,
    ...(options.searchPath ? { schema: options.searchPath } : {}),
  }
}

/** A SQLite connection with the app's settings (exported for tools that must open one the same way). */
export function openSqlite(SQLiteDatabase: typeof SQLite, path: string): SQLite.Database {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  const sqlite = new SQLiteDatabase(path)
  // WAL with synchronous=NORMAL keeps every committed write across a process crash.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return sqlite
}

const STATEMENT_CACHE_LIMIT = 1000

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small query, so statements are
 * kept by their SQL text (our queries are parameterised, so the set of texts is small and bounded).
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql)
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear()
        statement = sqlite.prepare(sql)
        statements.set(sql, statement)
      }
      return statement
    },
  }
}
