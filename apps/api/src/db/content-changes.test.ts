import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLiteDatabase from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openPrivateSchema, testDialect } from '../../test/build-test-app'
import { type ChangeEvent, type ContentChanges, createContentChanges, deferToCommit } from './content-changes'
import { createDatabase, type DatabaseHandle, type Db } from './database'

let closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.reverse()) await close()
  closers = []
})

/** A scratch database of the project's engine with one table, and a change bus over it. */
async function open(): Promise<{ handle: DatabaseHandle; changes: ContentChanges; path?: string }> {
  let handle: DatabaseHandle
  let path: string | undefined
  if (testDialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'conduit-changes-'))
    path = join(dir, 'db.sqlite')
    handle = await createDatabase(`sqlite:${path}`)
    closers.push(async () => rmSync(dir, { recursive: true, force: true }))
  } else {
    const url = process.env.TEST_DATABASE_URL
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL')
    const scratch = await openPrivateSchema(url, 'changes')
    handle = scratch.handle
    closers.push(scratch.cleanup)
  }
  closers.push(() => handle.db.destroy())
  await sql`create table note (id integer primary key, body text not null)`.execute(handle.db)
  // Checked at COMMIT, not at the statement: the way to make a commit itself fail.
  await sql`create table child (id integer primary key, parent_id integer references note (id) deferrable initially deferred)`.execute(
    handle.db,
  )
  const changes = createContentChanges(handle)
  closers.push(() => changes.close())
  return { handle, changes, ...(path ? { path } : {}) }
}

const write =
  (id: number) => async (tx: Db, changed: (change: { articleIds: number[] }) => Promise<void>) => {
    await changed({ articleIds: [id] })
    await sql`insert into note (id, body) values (${id}, ${`note ${id}`})`.execute(tx)
    return id
  }

async function noteIds(db: Db): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`select id from note order by id`.execute(db)
  return rows.map((row) => Number(row.id))
}

function heard(changes: ContentChanges): number[] {
  const ids: number[] = []
  changes.subscribe((event: ChangeEvent) => {
    if (event !== 'reset') ids.push(...(event.articleIds ?? []))
  })
  return ids
}

describe('content changes: writes arriving together', () => {
  it('commit every write that succeeds, and only its changes are reported', async () => {
    const { handle, changes } = await open()
    const reported = heard(changes)
    const failure = new Error('rejected by the service')
    const results = await Promise.allSettled([
      changes.transaction(write(1)),
      changes.transaction(write(2)),
      changes.transaction(async (tx, changed) => {
        await write(3)(tx, changed)
        throw failure
      }),
      changes.transaction(write(4)),
    ])
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ])
    expect((results[2] as PromiseRejectedResult).reason).toBe(failure)
    expect(await noteIds(handle.db)).toEqual([1, 2, 4])
    expect(reported.sort()).toEqual([1, 2, 4])
  })

  it('a write that breaks a constraint fails alone and leaves nothing behind', async () => {
    const { handle, changes } = await open()
    const results = await Promise.allSettled([
      changes.transaction(write(1)),
      changes.transaction(async (tx, changed) => {
        await write(2)(tx, changed)
        await write(1)(tx, changed)
      }),
      changes.transaction(write(3)),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(await noteIds(handle.db)).toEqual([1, 3])
  })

  it('a failed COMMIT fails every write it carried, and none is reported', async () => {
    const { handle, changes } = await open()
    const reported = heard(changes)
    const orphan = async (tx: Db) => {
      await sql`insert into child (id, parent_id) values (1, 999)`.execute(tx)
    }
    const results = await Promise.allSettled([
      changes.transaction(write(1)),
      // Alone in its transaction on PostgreSQL; with the others in one on SQLite: its COMMIT fails.
      changes.transaction(orphan),
      changes.transaction(write(2)),
    ])
    expect(results[1]?.status).toBe('rejected')
    const ids = await noteIds(handle.db)
    const committed = results.filter((result) => result.status === 'fulfilled').length
    // Whatever was answered as done is there, and nothing else.
    expect(ids.length).toBe(committed)
    expect(reported.sort()).toEqual(ids)
    if (testDialect === 'sqlite') expect(ids).toEqual([])
    else expect(ids).toEqual([1, 2])
  })

  it.skipIf(testDialect !== 'sqlite')(
    'on SQLite, writes that arrive together share one COMMIT, and each is answered after it',
    async () => {
      const { changes, path } = await open()
      // Another connection to the file sees only what is committed.
      const outside = new SQLiteDatabase(path as string, { readonly: true })
      closers.push(async () => {
        outside.close()
      })
      const committedCount = () =>
        (outside.prepare('select count(*) as n from note').get() as { n: number }).n
      const seenByLaterWrites: number[] = []
      const answeredWith: number[] = []
      const writes = [1, 2, 3].map((id) =>
        changes
          .transaction(async (tx, changed) => {
            seenByLaterWrites.push(committedCount())
            return write(id)(tx, changed)
          })
          .then((done) => {
            answeredWith.push(committedCount())
            return done
          }),
      )
      expect(await Promise.all(writes)).toEqual([1, 2, 3])
      // While the batch ran, nothing of it was committed; once answered, all of it was.
      expect(seenByLaterWrites).toEqual([0, 0, 0])
      expect(answeredWith).toEqual([3, 3, 3])
    },
  )
})

describe('content changes: steps left for the end of the transaction', () => {
  /** A write that leaves "copy note `id` into the log" for the end, keyed by the note. */
  const logAtEnd = (id: number, order: string[]) => async (tx: Db) => {
    await sql`insert into note (id, body) values (${id}, ${`note ${id}`})`.execute(tx)
    await deferToCommit(tx, `log:${id}`, async (end, deferred) => {
      order.push(`step ${id}${deferred ? ' deferred' : ''}`)
      await sql`insert into child (id, parent_id) values (${id}, ${id})`.execute(end)
    })
    order.push(`write ${id}`)
  }

  it('run after every write of the batch, are committed with it, and a rolled-back write leaves none', async () => {
    const { handle, changes } = await open()
    const order: string[] = []
    const results = await Promise.allSettled([
      changes.transaction(logAtEnd(1, order)),
      changes.transaction(async (tx) => {
        await logAtEnd(2, order)(tx)
        throw new Error('rejected by the service')
      }),
      changes.transaction(logAtEnd(3, order)),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const { rows } = await sql<{ id: number }>`select id from child order by id`.execute(handle.db)
    expect(rows.map((row) => Number(row.id))).toEqual([1, 3])
    if (testDialect === 'sqlite') {
      // Batched: every write first, then the kept writes' steps, at the end.
      expect(order).toEqual(['write 1', 'write 2', 'write 3', 'step 1 deferred', 'step 3 deferred'])
    } else {
      // A transaction per write (running side by side): a step runs at once, where it was asked for.
      for (const id of [1, 2, 3])
        expect(order.indexOf(`step ${id}`)).toBeLessThan(order.indexOf(`write ${id}`))
      expect(order.filter((entry) => entry.includes('deferred'))).toEqual([])
    }
  })

  it('a later step with the same key replaces the earlier one', async () => {
    const { handle, changes } = await open()
    const stepWriting = (body: string) => async (tx: Db) =>
      deferToCommit(tx, 'the-note', async (end) => {
        await sql`insert into note (id, body) values (1, ${body}) on conflict (id) do update set body = excluded.body`.execute(
          end,
        )
      })
    await Promise.all([changes.transaction(stepWriting('first')), changes.transaction(stepWriting('second'))])
    const { rows } = await sql<{ body: string }>`select body from note`.execute(handle.db)
    expect(rows).toEqual([{ body: 'second' }])
  })

  it('a step that fails fails every write of its batch, and none is reported', async () => {
    const { handle, changes } = await open()
    const reported = heard(changes)
    const results = await Promise.allSettled([
      changes.transaction(write(1)),
      changes.transaction(async (tx, changed) => {
        await write(2)(tx, changed)
        await deferToCommit(tx, 'broken', async (end) => {
          await sql`insert into note (id, body) values (1, 'taken')`.execute(end)
        })
      }),
    ])
    const ids = await noteIds(handle.db)
    if (testDialect === 'sqlite') {
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
      expect(ids).toEqual([])
      expect(reported).toEqual([])
    } else {
      // Its own transaction: the step ran at once and failed that write alone.
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected'])
      expect(ids).toEqual([1])
    }
  })
})
