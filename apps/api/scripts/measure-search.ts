/**
 * Times an uncached search on a generated data set, outside any server (the benchmark's S9 measures the whole
 * request): `search.find` (ids and count), the page's views and the highlights, as the service runs them.
 * `tsx scripts/measure-search.ts [sqlite|postgres] [articles] [runs]`; PostgreSQL uses TEST_DATABASE_URL and a
 * private schema it drops afterwards.
 *
 * Per query shape it prints p50/p99 of the whole search (wall and this process's CPU), of each statement (wall
 * as seen by the client) and, on PostgreSQL, of each statement's execution time inside the server (EXPLAIN
 * ANALYZE without per-node timing): on a shared machine, CPU and server-side figures move less than wall
 * times. `PLANS=1` also prints the plans; `KEEP_SCHEMA=1` leaves the PostgreSQL schema for a look with psql
 * (drop it afterwards).
 */
import { CompiledQuery, sql } from 'kysely'
import type { Dialect } from '../src/db/database'
import { queryWords } from '../src/lib/search-words'
import { createArticleSearchRepository } from '../src/modules/articles/article-search.repository'
import { highlight } from '../src/modules/articles/highlight'
import { insertUsers, openScratchDatabase } from './scratch-database'

const dialect: Dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const ARTICLES = Number(process.argv[3] ?? 50_000)
const RUNS = Number(process.argv[4] ?? 60)
const PLANS = process.env.PLANS === '1'

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

const { handle, cleanup } = await openScratchDatabase(dialect)
const { db } = handle
try {
  const started = performance.now()
  await insertUsers(db, 100)
  await db.transaction().execute(async (tx) => {
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
          select id, title, (select group_concat(t.name, ' ') from article_tags at join tags t on t.id = at.tag_id
            where at.article_id = articles.id), description, body from articles`
        : sql`(article_id, document) select id,
          setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', (select string_agg(t.name, ' ') from article_tags at
            join tags t on t.id = at.tag_id where at.article_id = articles.id)), 'B') ||
          setweight(to_tsvector('simple', description), 'C') || setweight(to_tsvector('simple', body), 'D')
          from articles`
    }`.execute(tx)
  })
  // As autovacuum leaves a settled table: statistics, and on PostgreSQL the visibility map.
  await db.executeQuery(CompiledQuery.raw(dialect === 'postgres' ? 'vacuum analyze' : 'analyze'))
  console.log(
    `${dialect}: ${ARTICLES} articles generated and indexed in ${Math.round(performance.now() - started)} ms`,
  )

  const statements: Array<{ query: CompiledQuery; ms: number }> = []
  // Every statement, in find's transaction or not, runs on a connection the executor provides: time it there.
  const timed = <T>(query: CompiledQuery, run: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    return run().finally(() => {
      if (!/^(set|begin|commit|start)/i.test(query.sql.trim()))
        statements.push({ query, ms: performance.now() - t })
    })
  }
  const executor = (db as unknown as { getExecutor(): unknown }).getExecutor() as {
    provideConnection: (consumer: (c: unknown) => Promise<unknown>) => Promise<unknown>
  }
  const provide = executor.provideConnection.bind(executor)
  const wrapped = new WeakSet<object>()
  executor.provideConnection = (consumer) =>
    provide(async (connection) => {
      const c = connection as { executeQuery: (q: CompiledQuery) => Promise<unknown> }
      if (!wrapped.has(c)) {
        const run = c.executeQuery.bind(c)
        c.executeQuery = (q: CompiledQuery) => timed(q, () => run(q))
        wrapped.add(c)
      }
      return consumer(connection)
    })
  const search = createArticleSearchRepository(db, dialect)

  const cases: Array<{
    name: string
    q: string
    filter: { tag?: string; author?: string; favorited?: string }
    offset?: number
  }> = [
    { name: 'word in every article', q: 'w0', filter: {} },
    { name: 'two words in every article', q: 'w1 w2', filter: {} },
    { name: 'word in ~1 of 5 articles', q: 'w2s', filter: {} },
    { name: 'word in ~1 of 30 articles', q: 'w3e7', filter: {} },
    { name: 'word in every article + tag', q: 'w0', filter: { tag: 'tag7' } },
    { name: 'word in ~1 of 5 + tag', q: 'w2s', filter: { tag: 'tag7' } },
    { name: 'word in every article + author', q: 'w0', filter: { author: 'u7' } },
    { name: 'word in every article, page 60', q: 'w0', filter: {}, offset: 1180 },
  ]
  const pick = (list: number[], p: number) => {
    const sorted = [...list].sort((a, b) => a - b)
    return (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2)
  }
  const both = (list: number[]) => `p50 ${pick(list, 0.5).padStart(7)}  p99 ${pick(list, 0.99).padStart(7)}`
  const label = (sql: string) => {
    const text = sql.replace(/\s+/g, ' ')
    if (text.includes('materialized')) return 'find (one statement)'
    if (text.includes('order by 1 desc limit 1')) return 'window floor'
    if (text.includes('over ()')) return 'ranked+count'
    if (text.includes('count(*)')) return 'count'
    if (text.includes('"rank"')) return 'ranked'
    if (text.startsWith('select a.id')) return 'views'
    return 'older'
  }
  /** Server-side execution time of one statement, as find runs it (sequential scans off on PostgreSQL). */
  async function serverMs(query: CompiledQuery): Promise<number> {
    return db.transaction().execute(async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx)
      const { rows } = await tx.executeQuery<{ 'QUERY PLAN': [{ 'Execution Time': number }] }>(
        CompiledQuery.raw(`explain (analyze, timing off, format json) ${query.sql}`, [...query.parameters]),
      )
      return rows[0]?.['QUERY PLAN'][0]['Execution Time'] ?? 0
    })
  }

  for (const { name, q, filter, offset = 0 } of cases) {
    const words = queryWords(q)
    const times: number[] = []
    const cpu: number[] = []
    const highlightMs: number[] = []
    const byStatement = new Map<string, { ms: number[]; query: CompiledQuery }>()
    let count = 0
    for (let run = 0; run < RUNS; run++) {
      statements.length = 0
      const t = performance.now()
      const c = process.cpuUsage()
      const found = await search.find(words, filter, 20, offset)
      const views = await search.views(found.ids, null)
      const h = performance.now()
      for (const view of views) highlight([view.title, view.description, view.body], words)
      highlightMs.push(performance.now() - h)
      const used = process.cpuUsage(c)
      times.push(performance.now() - t)
      cpu.push((used.user + used.system) / 1000)
      count = found.count
      for (const { query, ms } of statements) {
        const key = label(query.sql)
        const entry = byStatement.get(key) ?? { ms: [], query }
        entry.ms.push(ms)
        byStatement.set(key, entry)
      }
    }
    console.log(`${name} (q=${q}${offset ? `, offset ${offset}` : ''}): ${count} matches`)
    console.log(`  whole search wall ${both(times)}   cpu ${both(cpu)} ms`)
    console.log(`  highlights        ${both(highlightMs)} ms`)
    for (const [key, { ms, query }] of byStatement) {
      let server = ''
      if (dialect === 'postgres') {
        const samples: number[] = []
        for (let i = 0; i < Math.min(RUNS, 20); i++) samples.push(await serverMs(query))
        server = `   server ${both(samples)}`
      }
      console.log(`  ${key.padEnd(17)} ${both(ms)}${server} ms`)
      if (PLANS) {
        const explain = `${dialect === 'sqlite' ? 'explain query plan' : 'explain analyze'} ${query.sql}`
        const { rows } = await db.transaction().execute(async (tx) => {
          if (dialect === 'postgres') await sql`set local enable_seqscan = off`.execute(tx)
          return tx.executeQuery(CompiledQuery.raw(explain, [...query.parameters]))
        })
        for (const row of rows as Record<string, unknown>[])
          console.log(`     ${Object.values(row).join(' | ')}`)
      }
    }
  }
} finally {
  await db.destroy()
  if (process.env.KEEP_SCHEMA === '1') console.log(`kept ${handle.schema ?? 'the database'}`)
  else await cleanup()
}
