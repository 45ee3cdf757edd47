// S1–S8 from the benchmark issue, S9 (search) from issue 12, as lists of concrete requests. autocannon walks a list in order on
// every connection, so signed-in scenarios spread over all seeded users and read scenarios over many slugs.

import { createPrng } from './prng'
import { articleInput, type BenchUser, SEARCH_WORDS, type SeededData } from './seed'

export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9'
export const SCENARIO_IDS: readonly ScenarioId[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']

/** Replaced by a per-run counter in every sent body, for requests that must not repeat (article titles). */
export const UNIQUE_MARK = '{{n}}'

export interface RequestVariant {
  method: 'GET' | 'POST'
  path: string
  headers: Record<string, string>
  body?: string
}

export interface Scenario {
  id: ScenarioId
  title: string
  /** read and write scenarios are compared with the bare server; login is compared with the argon2 rate */
  kind: 'read' | 'write' | 'login'
  variants: RequestVariant[]
}

const VARIANTS = 50

const json = { 'content-type': 'application/json' }
const auth = (user: BenchUser) => ({ authorization: `Token ${user.token}` })

export function buildScenarios(data: SeededData, seed: number, runTag: string): Scenario[] {
  const prng = createPrng(seed + 1)
  const { users } = data
  const slugs = prng.sample(data.slugs, Math.min(VARIANTS, data.slugs.length))
  const list = '/api/articles?limit=20'
  const newArticle = articleInput(prng, 0)
  return [
    { id: 'S1', title: 'GET /api/articles?limit=20 (anonymous)', kind: 'read', variants: [get(list, {})] },
    {
      id: 'S2',
      title: 'GET /api/articles?limit=20 (signed in)',
      kind: 'read',
      variants: users.map((u) => get(list, auth(u))),
    },
    {
      id: 'S3',
      title: 'GET /api/articles/feed?limit=20',
      kind: 'read',
      variants: users.map((u) => get('/api/articles/feed?limit=20', auth(u))),
    },
    {
      id: 'S4',
      title: 'GET /api/articles/:slug',
      kind: 'read',
      variants: slugs.map((s) => get(`/api/articles/${s}`, {})),
    },
    { id: 'S5', title: 'GET /api/user', kind: 'read', variants: users.map((u) => get('/api/user', auth(u))) },
    {
      id: 'S6',
      title: 'POST /api/articles',
      kind: 'write',
      variants: users.map((u) =>
        post('/api/articles', auth(u), {
          article: { ...newArticle, title: `Bench write ${runTag} ${UNIQUE_MARK}` },
        }),
      ),
    },
    {
      id: 'S7',
      title: 'POST /api/articles/:slug/comments',
      kind: 'write',
      variants: slugs.map((slug, i) =>
        post(`/api/articles/${slug}/comments`, auth(users[i % users.length] as BenchUser), {
          comment: {
            body: 'Thanks for writing this up; the part about connection pools matched what we saw.',
          },
        }),
      ),
    },
    {
      id: 'S8',
      title: 'POST /api/users/login',
      kind: 'login',
      variants: users.map((u) =>
        post('/api/users/login', {}, { user: { email: u.email, password: u.password } }),
      ),
    },
    {
      id: 'S9',
      title: 'GET /api/articles?q=<two words>&limit=20 (search)',
      kind: 'read',
      // Two words of the seed's small vocabulary: each matches most articles, the costliest case to rank.
      variants: Array.from({ length: VARIANTS }, () =>
        get(`/api/articles?q=${prng.pick(SEARCH_WORDS)}+${prng.pick(SEARCH_WORDS)}&limit=20`, {}),
      ),
    },
  ]
}

function get(path: string, headers: Record<string, string>): RequestVariant {
  return { method: 'GET', path, headers }
}

function post(path: string, headers: Record<string, string>, body: unknown): RequestVariant {
  return { method: 'POST', path, headers: { ...json, ...headers }, body: JSON.stringify(body) }
}

/** The key the bare server answers by: a request it has a captured response for. */
export function responseKey(method: string, path: string, authorization: string | undefined): string {
  return `${method} ${path} ${authorization ?? ''}`
}
