/**
 * Times the search statements on a generated data set, outside any server (the benchmark's S9 measures the
 * whole request). `tsx scripts/measure-search.ts [sqlite|postgres] [articles]`; PostgreSQL uses
 * TEST_DATABASE_URL and a private schema it drops afterwards. Prints query plans and p50/p99 per query.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CompiledQuery, sql } from 'kysely'
import { createDatabase, type DatabaseHandle, type Dialect } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { queryWords } from '../src/lib/search-words'
import { createArticleSearchRepository } from '../src/modules/articles/article-search.repository'
import { openPrivateSchema } from '../test/build-test-app'

const dialect: Dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const ARTICLES = Number(process.argv[3] ?? 50_000)
const RUNS = 100

// Zipf-like vocabulary: word i appears with weight 1/(i+1), like natural text.
const VOCABULARY = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`)
const cumulative: number[] = []
for (let i = 0, sum = 0; i < VOCABULARY.length; i++) {
  sum += 1 / (i + 1)
  cumulative.push(sum)
}
const total = cumulative.at(-1) as number
let state = 42
const random = () => {
  state = (state * 1103515245 + 12345) % 2 ** 31
  return state / 2 ** 31
}
function word(): string {
  const r = random() * total
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if ((cumulative[middle] as number) < r) low = middle + 1
    else high = middle
  }
  return VOCABULARY[low] as string
}
const text = (words: number) => Array.from({ length: words }, word).join(' ')

async function open(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'search-'))
    return {
      handle: await createDatabase(`sqlite:${join(dir, 'db.sqlite')}`),
      cleanup: async () => rmSync(dir, { recursive: true }),
    }
  }
  return openPrivateSchema(
    process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    'measure',
  )
}

const { handle, cleanup } = await open()
const { db } = handle
try {
  await migrateToLatest(handle)
  const started = performance.now()
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('users')
      .values(
        Array.from({ length: 100 }, (_, i) => ({
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
    await tx
      .insertInto('tags')
      .values(Array.from({ length: 50 }, (_, i) => ({ name: `tag${i}` })))
      .execute()
    for (let first = 0; first < ARTICLES; first += 500) {
      const rows = Array.from({ length: Math.min(500, ARTICLES - first) }, (_, i) => {
        const n = first + i
        return {
          slug: `a-${n}`,
          title: text(6),
          description: text(15),
          body: text(300),
          authorId: 1 + (n % 100),
          published: 1,
          publishedAt: '2026-01-01T00:00:00.000Z',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }
      })
      const ids = await tx.insertInto('articles').values(rows).returning('id').execute()
      await tx
        .insertInto('articleTags')
        .values(
          ids.flatMap(({ id }) => [1, 2, 3].map((k) => ({ articleId: id, tagId: 1 + ((id * k) % 50) }))),
        )
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    // The generated text is already index words (lower-case letters and digits), so what writeSearchRow
    // would store is the text itself; one statement indexes every article.
    await sql`insert into article_search ${
      dialect === 'sqlite'
        ? sql`(rowid, title, tags, description, body)
          select id, title, 'tag' || (1 + id % 50), description, body from articles`
        : sql`(article_id, document) select id,
          setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', 'tag' || (1 + id % 50)), 'B') ||
          setweight(to_tsvector('simple', description), 'C') || setweight(to_tsvector('simple', body), 'D')
          from articles`
    }`.execute(tx)
  })
  await db.executeQuery(CompiledQuery.raw('analyze'))
  console.log(
    `${dialect}: ${ARTICLES} articles generated and indexed in ${Math.round(performance.now() - started)} ms`,
  )

  const statements: CompiledQuery[] = []
  const original = db.executeQuery.bind(db)
  db.executeQuery = ((query: CompiledQuery) => {
    statements.push(query)
    return original(query)
  }) as typeof db.executeQuery
  const search = createArticleSearchRepository(db, dialect)

  const cases: Array<{
    name: string
    q: string
    filter: { tag?: string; author?: string }
    offset?: number
  }> = [
    { name: 'word in every article', q: 'w0', filter: {} },
    { name: 'two words in every article', q: 'w1 w2', filter: {} },
    { name: 'word in ~1 of 5 articles', q: 'w2s', filter: {} },
    { name: 'word in ~1 of 30 articles', q: 'w3e7', filter: {} },
    { name: 'word in every article + tag', q: 'w0', filter: { tag: 'tag7' } },
    { name: 'word in every article + author', q: 'w0', filter: { author: 'u7' } },
    { name: 'word in every article, page 60', q: 'w0', filter: {}, offset: 1180 },
  ]
  for (const { name, q, filter, offset = 0 } of cases) {
    const words = queryWords(q)
    const times: number[] = []
    const cpu: number[] = []
    let count = 0
    for (let run = 0; run < RUNS; run++) {
      statements.length = 0
      const t = performance.now()
      const c = process.cpuUsage()
      const [, n] = await Promise.all([
        search.page(words, filter, null, 20, offset),
        search.count(words, filter),
      ])
      const used = process.cpuUsage(c)
      times.push(performance.now() - t)
      cpu.push((used.user + used.system) / 1000)
      count = n
    }
    times.sort((a, b) => a - b)
    cpu.sort((a, b) => a - b)
    const pick = (list: number[], p: number) =>
      (list[Math.min(list.length - 1, Math.floor(p * list.length))] as number).toFixed(2)
    const at = (p: number) => `${pick(times, p)} (cpu ${pick(cpu, p)})`
    console.log(
      `${name.padEnd(34)} q=${q.padEnd(6)} matches=${String(count).padStart(6)}  p50=${at(0.5)} ms  p99=${at(0.99)} ms`,
    )
    if (name.endsWith('+ author') || name === 'word in every article') {
      for (const statement of statements) {
        const explain = `${dialect === 'sqlite' ? 'explain query plan' : 'explain'} ${statement.sql}`
        const { rows } = await original(CompiledQuery.raw(explain, [...statement.parameters]))
        console.log(`  ${statement.sql.replace(/\s+/g, ' ').slice(0, 110)}…`)
        for (const row of rows as Record<string, unknown>[])
          console.log(`     ${Object.values(row).join(' | ')}`)
      }
    }
  }
} finally {
  await db.destroy()
  await cleanup()
}
