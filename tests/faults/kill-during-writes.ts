import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { createDatabase } from '../../apps/api/src/db/database'
import {
  type ApiProcess,
  call,
  createScratchDatabase,
  signUpAt,
  sleep,
  startApi,
} from '../../apps/api/test/api-process'
import { newUser } from '../../apps/api/test/sign-up'
import { describeFailures, startWriteLoad } from './workload'

export type ScenarioResult = { name: string; ok: boolean; details: string }

/**
 * kill -9 during a write load: after a restart, every write that was acknowledged is there with all its
 * tags, and no article exists without its tags (the article and its tags share a transaction).
 */
export async function killDuringWrites(
  dialect: 'sqlite' | 'postgres',
  seconds: number,
  adminUrl: string | undefined,
): Promise<ScenarioResult> {
  const name = `kill -9 during writes (${dialect})`
  const dir = mkdtempSync(join(tmpdir(), 'conduit-fault-'))
  const scratch =
    dialect === 'postgres' && adminUrl ? await createScratchDatabase(adminUrl, 'conduit_fault') : null
  const databaseUrl = scratch ? scratch.url : `sqlite:${join(dir, 'conduit.sqlite')}`
  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_RATE_LIMIT_ACCOUNT: '0',
    AUTH_RATE_LIMIT_IP: '0',
    SPAM_NEW_ACCOUNT_HOURS: '0',
  }
  const started: ApiProcess[] = []
  try {
    const first = await startApi(env)
    started.push(first)
    const { token } = await signUpAt(first.url, newUser('fault'))
    const load = startWriteLoad(first.url, token, 16)
    await sleep(seconds * 1000)
    first.child.kill('SIGKILL')
    await first.exited
    await load.stop()

    const second = await startApi(env)
    started.push(second)
    let missing = 0
    let wrongTags = 0
    for (const written of load.acknowledged) {
      const response = await call(second.url, 'GET', `/api/articles/${encodeURIComponent(written.slug)}`)
      if (response.status !== 200) missing++
      else if (
        JSON.stringify((response.json.article as { tagList: string[] }).tagList) !==
        JSON.stringify(written.tagList)
      )
        wrongTags++
    }
    await second.stop()

    const { db } = await createDatabase(databaseUrl)
    const { rows } = await sql<{ articles: number; untagged: number }>`
      select count(*) as articles,
             sum(case when not exists (select 1 from article_tags t where t.article_id = a.id) then 1 else 0 end)
               as untagged
      from articles a`.execute(db)
    await db.destroy()
    const articles = Number(rows[0]?.articles ?? 0)
    const untagged = Number(rows[0]?.untagged ?? 0)

    const acknowledged = load.acknowledged.length
    const details =
      `acknowledged ${acknowledged}, found ${acknowledged - missing}, missing ${missing}, wrong tags ${wrongTags}, ` +
      `rows after restart ${articles} (${articles - acknowledged + missing} committed but unanswered), ` +
      `untagged ${untagged}; other answers: ${describeFailures(load.failures)}`
    return { name, ok: acknowledged > 0 && missing === 0 && wrongTags === 0 && untagged === 0, details }
  } finally {
    await Promise.all(started.map((api) => api.stop('SIGKILL')))
    await scratch?.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}
