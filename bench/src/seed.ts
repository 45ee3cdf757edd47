// Seeds the data set through the public API only (no SQL), so it works the same on SQLite, PostgreSQL
// and an already-running server. Content comes from a seeded PRNG; requests run concurrently, so
// only creation order (timestamps) can differ between runs.
import { signUpAt } from '../../apps/api/test/api-process'
import { type ApiClient, mapLimit, readString } from './api-client'
import { createPrng, type Prng } from './prng'

export const SEED_SHAPE = {
  users: 50,
  followsPerUser: 10,
  articles: 500,
  tags: 20,
  tagsPerArticle: 3,
  favorites: 2000,
  comments: 1000,
  bodyChars: 2048,
} as const

export interface BenchUser {
  username: string
  email: string
  password: string
  token: string
}

export interface SeededData {
  users: BenchUser[]
  slugs: string[]
  counts: Record<string, number>
  durationMs: number
}

const WORDS = (
  'api bench cache client conduit data debug deploy event fastify feed field flow graph handler index ' +
  'json kysely latency layer limit list load log markdown memory module node offset page plugin pool ' +
  'query queue read reply request route schema server session slug socket sqlite stack state stream ' +
  'table tag test thread token trace type user value write'
).split(' ')

/** Words the generated articles are made of, for search scenarios. */
export const SEARCH_WORDS: readonly string[] = WORDS

const TAGS = Array.from({ length: SEED_SHAPE.tags }, (_, i) => `tag-${WORDS[i * 3] ?? 'x'}`)

function sentence(prng: Prng, words: number): string {
  const text = Array.from({ length: words }, () => prng.pick(WORDS)).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** Roughly `chars` of markdown: headings, paragraphs, a list and a code block, like a real post. */
function markdownBody(prng: Prng, chars: number): string {
  const parts: string[] = []
  let length = 0
  while (length < chars) {
    const block = [
      `## ${sentence(prng, 4)}`,
      Array.from({ length: 4 }, () => sentence(prng, 12)).join(' '),
      `- ${sentence(prng, 5)}\n- ${sentence(prng, 6)}\n- **${prng.pick(WORDS)}** ${sentence(prng, 4)}`,
      `\`\`\`ts\nconst ${prng.pick(WORDS)} = await ${prng.pick(WORDS)}()\n\`\`\``,
    ][prng.int(4)] as string
    parts.push(block)
    length += block.length + 2
  }
  return parts.join('\n\n').slice(0, chars)
}

export function articleInput(prng: Prng, index: number) {
  return {
    title: `${sentence(prng, 5).slice(0, -1)} ${index}`,
    description: sentence(prng, 10),
    body: markdownBody(prng, SEED_SHAPE.bodyChars),
    tagList: prng.sample(TAGS, SEED_SHAPE.tagsPerArticle),
  }
}

async function createUsers(api: ApiClient, prefix: string, concurrency: number): Promise<BenchUser[]> {
  const names = Array.from(
    { length: SEED_SHAPE.users },
    (_, i) => `${prefix}bench${String(i).padStart(2, '0')}`,
  )
  return mapLimit(names, concurrency, async (username) => {
    const user = { username, email: `${username}@bench.example`, password: `pw-${username}-correct-horse` }
    const { token } = await signUpAt(api.baseUrl, user)
    return { ...user, token }
  })
}

/** Creates `count` articles numbered from `firstIndex`, authored by PRNG-chosen users; returns slugs. */
export async function createArticles(
  api: ApiClient,
  users: readonly BenchUser[],
  prng: Prng,
  firstIndex: number,
  count: number,
  concurrency: number,
): Promise<string[]> {
  // Draw every input before sending so the PRNG sequence does not depend on response order.
  const inputs = Array.from({ length: count }, (_, i) => ({
    author: prng.pick(users),
    article: articleInput(prng, firstIndex + i),
  }))
  return mapLimit(inputs, concurrency, async ({ author, article }) => {
    const res = await api.call('POST', '/api/articles', {
      body: { article },
      token: author.token,
      expect: 201,
    })
    return readString(res, 'article', 'slug')
  })
}

function distinctPairs(prng: Prng, count: number, maxA: number, maxB: number): Array<[number, number]> {
  const seen = new Set<number>()
  const pairs: Array<[number, number]> = []
  while (pairs.length < count) {
    const a = prng.int(maxA)
    const b = prng.int(maxB)
    if (seen.has(a * maxB + b)) continue
    seen.add(a * maxB + b)
    pairs.push([a, b])
  }
  return pairs
}

export async function seed(api: ApiClient, options: { seed: number; prefix: string; concurrency: number }) {
  const started = performance.now()
  const prng = createPrng(options.seed)
  const users = await createUsers(api, options.prefix, options.concurrency)

  const follows = users.flatMap((user, i) =>
    prng
      .sample(
        users.filter((_, j) => j !== i),
        SEED_SHAPE.followsPerUser,
      )
      .map((target) => ({ user, target })),
  )
  // Follows and articles are independent; both go out at once, and a failure in either fails the seed.
  const [, slugs] = await Promise.all([
    mapLimit(follows, options.concurrency, ({ user, target }) =>
      api.call('POST', `/api/profiles/${encodeURIComponent(target.username)}/follow`, { token: user.token }),
    ),
    createArticles(api, users, prng, 0, SEED_SHAPE.articles, options.concurrency),
  ])

  const favorites = distinctPairs(prng, SEED_SHAPE.favorites, users.length, slugs.length)
  const comments = Array.from({ length: SEED_SHAPE.comments }, () => ({
    user: prng.pick(users),
    slug: prng.pick(slugs),
    body: Array.from({ length: 1 + prng.int(3) }, () => sentence(prng, 8 + prng.int(12))).join(' '),
  }))
  await Promise.all([
    mapLimit(favorites, options.concurrency, ([u, a]) =>
      api.call('POST', `/api/articles/${slugs[a]}/favorite`, { token: users[u]?.token }),
    ),
    mapLimit(comments, options.concurrency, ({ user, slug, body }) =>
      api.call('POST', `/api/articles/${slug}/comments`, { body: { comment: { body } }, token: user.token }),
    ),
  ])

  const data: SeededData = {
    users,
    slugs,
    counts: {
      users: users.length,
      follows: follows.length,
      articles: slugs.length,
      favorites: favorites.length,
      comments: comments.length,
    },
    durationMs: Math.round(performance.now() - started),
  }
  return data
}

/** Signs every user in again so scenario tokens are fresh however long seeding took. */
export async function refreshTokens(api: ApiClient, users: BenchUser[], concurrency: number): Promise<void> {
  await mapLimit(users, concurrency, async (user) => {
    const res = await api.call('POST', '/api/users/login', {
      body: { user: { email: user.email, password: user.password } },
    })
    user.token = readString(res, 'user', 'token')
  })
}
