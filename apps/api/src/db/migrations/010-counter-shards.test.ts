import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../../test/build-test-app'
import type { DatabaseHandle } from '../database'
import { migrateTo, migrateToLatest } from '../migrate'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function at009(): Promise<DatabaseHandle> {
  const { handle, cleanup } = await openTestDatabase()
  close = async () => {
    await handle.db.destroy()
    await cleanup()
  }
  await migrateTo(handle, '009-moderation')
  const run = (query: ReturnType<typeof sql>) => query.execute(handle.db)
  const now = '2026-12-01T00:00:00.000Z'
  await run(sql`insert into users (id, username, email, password_hash, created_at, updated_at, articles_count)
    values (1, 'ann', 'ann@example.com', 'x', ${now}, ${now}, 3)`)
  for (const id of [1, 2, 3]) {
    await run(sql`insert into articles (id, slug, title, description, body, author_id, created_at, updated_at,
      published_at) values (${id}, ${`a-${id}`}, 't', 'd', 'b', 1, ${now}, ${now}, ${now})`)
  }
  await run(
    sql`insert into tags (id, name, articles_count) values (1, 'common', 3), (2, 'rare', 1), (3, 'unused', 0)`,
  )
  await run(sql`insert into article_tags (article_id, tag_id) values (1, 1), (2, 1), (3, 1), (3, 2)`)
  await run(sql`update article_stats set articles_count = 3 where id = 1`)
  return handle
}

const tagCounts = async (handle: DatabaseHandle) =>
  (
    await sql<{ name: string; n: number }>`select t.name, coalesce(sum(c.articles_count), 0) as n
      from tags t left join tag_counts c on c.tag_id = t.id group by t.name order by t.name`.execute(
      handle.db,
    )
  ).rows.map((row) => [row.name, Number(row.n)])

describe('migration 010: counters split over shards', () => {
  it('keeps every count of a database written before it, and gives them back when undone', async () => {
    const handle = await at009()
    await migrateToLatest(handle)
    expect(await tagCounts(handle)).toEqual([
      ['common', 3],
      ['rare', 1],
      ['unused', 0],
    ])
    const total = await sql<{ n: number }>`select sum(articles_count) as n from article_stats`.execute(
      handle.db,
    )
    expect(Number(total.rows[0]?.n)).toBe(3)
    await migrateTo(handle, '009-moderation')
    const tags = await sql<{
      name: string
      n: number
    }>`select name, articles_count as n from tags order by name`.execute(handle.db)
    expect(tags.rows.map((row) => [row.name, Number(row.n)])).toEqual([
      ['common', 3],
      ['rare', 1],
      ['unused', 0],
    ])
    const stats = await sql<{
      id: number
      n: number
    }>`select id, articles_count as n from article_stats`.execute(handle.db)
    expect(stats.rows.map((row) => [Number(row.id), Number(row.n)])).toEqual([[1, 3]])
  })
})
