/**
 * What the benchmark's writes (S6 new article, S7 comment) cost the database alone, next to what they cost our
 * service layer. `npm run bench` measures the whole request; this takes HTTP away, then everything but the
 * database: `tsx scripts/measure-writes.ts [sqlite|postgres] [seconds]` (PostgreSQL: TEST_DATABASE_URL, a
 * private schema dropped afterwards).
 *
 * 1. Seeds 50 users and 500 articles (~2 KB bodies, 3 of 20 tags) through the articles service.
 * 2. Records at the driver every statement one `articles.create` and one `comments.add` run, with parameters.
 * 3. For `seconds` each, 32 concurrent callers:
 *    - service: `articles.create` / `comments.add` as the routes call them (query builder, group commit on
 *      SQLite, the answer's read-back);
 *    - replay: the recorded statements through the bare driver, prepared once, with a fresh title, slug and id
 *      per write. On SQLite 32 writes share a transaction (group commit's best case); on PostgreSQL each write
 *      is its own transaction on its own connection, as in the app.
 * Replay is what any implementation issuing these statements could reach on this machine, with no HTTP, no
 * validation, no query building: compare it with the bare S6/S7 rates that `npm run bench` prints.
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { type Dialect, openSqlite } from '../src/db/database'
import { createOutbox } from '../src/mail/outbox'
import { createServices } from '../src/services'
import { testConfig } from '../test/build-test-app'
import { insertUsers, openScratchDatabase, scratchPostgresUrl } from './scratch-database'

const dialect: Dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const SECONDS = Number(process.argv[3] ?? 5)
const CALLERS = 32

type Recorded = { sql: string; params: unknown[] }
let recording: Recorded[] | null = null

// Record at the driver, below the query builder: what the database is actually sent.
const statementProto = Object.getPrototypeOf(new SQLite(':memory:').prepare('select 1'))
for (const method of ['all', 'run', 'get', 'iterate'] as const) {
  const original = statementProto[method]
  statementProto[method] = function (this: SQLite.Statement, ...args: unknown[]) {
    recording?.push({ sql: this.source, params: (Array.isArray(args[0]) ? args[0] : args) as unknown[] })
    return original.apply(this, args)
  }
}
const originalQuery = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined]
  if (recording && typeof text === 'string') recording.push({ sql: text, params: values ?? [] })
  // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded signature as it was called
  return (originalQuery as any).apply(this, args)
} as typeof pg.Client.prototype.query

// ~2 KB of plain words, as bench's seeded bodies.
let state = 7
const random = () => {
  state = (state * 1103515245 + 12345) % 2 ** 31
  return state / 2 ** 31
}
const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`)
const text = (chars: number) => {
  let out = ''
  while (out.length < chars) out += `${WORDS[Math.floor(random() ** 2 * WORDS.length)]} `
  return out.trim()
}
const TAGS = Array.from({ length: 20 }, (_, i) => `tag${i}`)
const pickTags = () => [0, 1, 2].map((i) => TAGS[(Math.floor(random() * 20) + i * 7) % 20] as string)
const article = (title: string) => ({ title, description: text(80), body: text(2048), tagList: pickTags() })

type Rate = { perSecond: number; cpuMicros: number }

/**
 * Runs `write` from CALLERS concurrent loops for SECONDS: writes per second, and this process's CPU time per
 * write (which another process's load on a shared machine moves less than the rate).
 */
async function rate(write: (n: number) => Promise<unknown>): Promise<Rate> {
  let n = 0
  const deadline = performance.now() + SECONDS * 1000
  const started = performance.now()
  const cpu = process.cpuUsage()
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (performance.now() < deadline) await write(n++)
    }),
  )
  const used = process.cpuUsage(cpu)
  return { perSecond: n / ((performance.now() - started) / 1000), cpuMicros: (used.user + used.system) / n }
}

/** One recorded write: its statements, and what must differ in a copy of it (title, slug, row id, token). */
type Probe = { statements: Recorded[]; title: string; slug: string; id: number; token?: string | null }
const PROBES = 64

/** The recorded statements of one write, for another write: its own title, slug, row id and token. */
function rewriter(probe: Probe) {
  return (params: unknown[], n: number, newId: number | null) =>
    params.map((value) => {
      if (typeof value === 'string') {
        let out = value
          .replaceAll(probe.slug, `${probe.slug}-r${n}`)
          .replaceAll(probe.title, `${probe.title} r${n}`)
        if (probe.token && out === probe.token)
          out = `${probe.token.slice(0, -8)}${String(n).padStart(8, '0')}`
        return out
      }
      return value === probe.id && newId !== null ? newId : value
    })
}

/** With PROFILE_DIR set, a CPU profile of each service phase: `<dir>/<name>.cpuprofile`. */
async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
  const dir = process.env.PROFILE_DIR
  if (!dir) return run()
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  try {
    return await run()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile))
    session.disconnect()
  }
}

const isControl = (sql: string) => /^\s*(begin|commit|rollback|savepoint|release)\b/i.test(sql)
const returnsNewId = (sql: string) => /^\s*(insert|with)\b/i.test(sql) && /returning/i.test(sql)

const { handle, file, cleanup } = await openScratchDatabase(dialect)
const services = createServices(handle, testConfig(), {
  outbox: createOutbox({
    transport: {
      deliver: async () => {
        throw new Error('no mail is sent while measuring writes')
      },
      close: () => {},
    },
    from: 'measure@example.invalid',
    attempts: 1,
    retryDelayMs: 0,
    log: console as never,
  }),
  mailQuota: { take: async () => true },
})
try {
  await insertUsers(handle.db, 50)
  const seeded = performance.now()
  for (let i = 0; i < 500; i++) await services.articles.create((i % 50) + 1, article(`Seeded article ${i}`))
  console.log(`${dialect}: seeded 500 articles in ${Math.round(performance.now() - seeded)} ms`)

  // Recorded: 64 new articles, each with its own text (a batch of the replay indexes 32 different
  // documents, as the service's do), and one comment.
  const articleProbes: Probe[] = []
  for (let i = 0; i < PROBES; i++) {
    recording = []
    const { article: created } = await services.articles.create((i % 50) + 1, article(`Measure probe ${i}`))
    const statements = recording
    recording = null
    const row = await handle.db
      .selectFrom('articles')
      .select(['id', 'previewToken'])
      .where('slug', '=', created.slug)
      .executeTakeFirstOrThrow()
    articleProbes.push({
      statements,
      title: created.title,
      slug: created.slug,
      id: row.id,
      token: row.previewToken,
    })
  }
  const probeArticle = articleProbes[0] as Probe
  recording = []
  const probeComment = await services.comments.add(
    probeArticle.slug,
    2,
    'A probe comment, recorded at the driver.',
  )
  const commentProbes: Probe[] = [
    { statements: recording, title: 'A probe comment', slug: '\u0000none', id: probeComment.id },
  ]
  recording = null
  const articleStatements = probeArticle.statements
  const commentStatements = commentProbes[0]?.statements ?? []
  for (const [name, list] of [
    ['article', articleStatements],
    ['comment', commentStatements],
  ] as const) {
    console.log(
      `\n${name}: ${list.filter((s) => !isControl(s.sql)).length} statements (+ transaction control)`,
    )
    for (const s of list) console.log(`  ${s.sql.replace(/\s+/g, ' ').slice(0, 150)}`)
  }

  const serviceArticles = await profiled('service-article', () =>
    rate((n) => services.articles.create((n % 50) + 1, article(`Service article ${n}`))),
  )
  const serviceComments = await profiled('service-comment', () =>
    rate((n) =>
      services.comments.add(probeArticle.slug, (n % 50) + 1, `Service comment ${n}, a sentence or two long.`),
    ),
  )

  let replayArticles: Rate
  let replayComments: Rate
  if (dialect === 'sqlite') {
    // The app's own connection settings (WAL, synchronous=NORMAL, foreign keys).
    const raw = openSqlite(SQLite, file as string)
    const prepared = new Map<string, SQLite.Statement>()
    const prepare = (text: string) => {
      const statement = prepared.get(text) ?? raw.prepare(text)
      prepared.set(text, statement)
      return statement
    }
    type Step = { statement: SQLite.Statement; params: unknown[]; newId: boolean }
    /**
     * As the app ran them: in a group-commit batch (savepoint … release per write, then the steps left for
     * the batch's end, COMMIT, then each write's read-back), or one autocommitted statement at a time.
     */
    const phasesOf = (probe: Probe) => {
      const phase = { inWrite: [] as Step[], atEnd: [] as Step[], after: [] as Step[] }
      let current = phase.inWrite
      for (const s of probe.statements) {
        if (/^\s*release\b/i.test(s.sql)) current = phase.atEnd
        else if (/^\s*commit\b/i.test(s.sql)) current = phase.after
        else if (!isControl(s.sql))
          current.push({ statement: prepare(s.sql), params: s.params, newId: returnsNewId(s.sql) })
      }
      return { ...phase, rewrite: rewriter(probe) }
    }
    const replay = (probes: Probe[]) => {
      const copies = probes.map(phasesOf)
      const batched = probes.some((probe) => probe.statements.some((s) => /^\s*begin\b/i.test(s.sql)))
      const control = Object.fromEntries(
        ['begin', 'commit', 'savepoint grouped_write', 'release grouped_write'].map((text) => [
          text,
          prepare(text),
        ]),
      )
      const exec = (step: Step, params: unknown[]) =>
        step.statement.reader
          ? (step.statement.all(params) as { id?: number }[])[0]
          : void step.statement.run(params)
      let pending: (() => void)[] = []
      let readBacks: (() => void)[] = []
      const finish = () => {
        for (const run of pending) run()
        if (batched) control.commit?.run()
        for (const run of readBacks) run()
        pending = []
        readBacks = []
      }
      // Synchronous, as better-sqlite3 is: the 32 callers' writes become batches of 32, as in the app.
      return rate(async (n) => {
        const copy = copies[n % copies.length] as (typeof copies)[number]
        if (batched && n % CALLERS === 0) control.begin?.run()
        if (batched) control['savepoint grouped_write']?.run()
        let newId: number | null = null
        for (const step of copy.inWrite) {
          const row = exec(step, copy.rewrite(step.params, n, newId))
          if (step.newId && newId === null) newId = row?.id ?? null
        }
        if (batched) control['release grouped_write']?.run()
        const id = newId
        for (const step of copy.atEnd) pending.push(() => exec(step, copy.rewrite(step.params, n, id)))
        for (const step of copy.after) readBacks.push(() => exec(step, copy.rewrite(step.params, n, id)))
        if (!batched || n % CALLERS === CALLERS - 1) finish()
        // Let the other callers take turns, as requests would.
        await new Promise(setImmediate)
      }).finally(() => {
        if (raw.inTransaction) finish()
      })
    }
    replayArticles = await replay(articleProbes)
    replayComments = await replay(commentProbes)
    raw.close()
  } else {
    const schema = handle.schema as string
    const clients = await Promise.all(
      Array.from({ length: CALLERS }, async () => {
        const client = new pg.Client({
          connectionString: scratchPostgresUrl,
          options: `-c search_path=${schema}`,
        })
        await client.connect()
        return client
      }),
    )
    // Each statement text prepared once per connection, under a name of its own.
    const names = new Map<string, string>()
    const nameOf = (text: string) =>
      names.get(text) ?? (names.set(text, `s${names.size}`).get(text) as string)
    /** Each write in its own transaction on its own connection, as the app runs them on PostgreSQL. */
    const replay = async (probes: Probe[]) => {
      const copies = probes.map((probe) => ({ statements: probe.statements, rewrite: rewriter(probe) }))
      const free = [...clients]
      return rate(async (n) => {
        const copy = copies[n % copies.length] as (typeof copies)[number]
        const client = free.pop() as pg.Client
        let newId: number | null = null
        for (const s of copy.statements) {
          const values = copy.rewrite(s.params, n, newId)
          const answer = isControl(s.sql)
            ? await client.query(s.sql)
            : await client.query({ name: nameOf(s.sql), text: s.sql, values })
          if (returnsNewId(s.sql) && newId === null) newId = (answer.rows[0] as { id?: number })?.id ?? null
        }
        free.push(client)
      })
    }
    replayArticles = await replay(articleProbes)
    replayComments = await replay(commentProbes)
    await Promise.all(clients.map((client) => client.end()))
  }
  const fmt = (r: Rate) =>
    `${Math.round(r.perSecond).toLocaleString('en-US')}/s (${Math.round(r.cpuMicros)} µs CPU each)`
  console.log(
    `\n${dialect}, ${CALLERS} callers, ${SECONDS} s each (this process's CPU; PostgreSQL's is apart):`,
  )
  console.log(`  new article: service ${fmt(serviceArticles)}, replay ${fmt(replayArticles)}`)
  console.log(`  comment:     service ${fmt(serviceComments)}, replay ${fmt(replayComments)}`)
} finally {
  await services.changes.close()
  await handle.db.destroy()
  await cleanup()
}
