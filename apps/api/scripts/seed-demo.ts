import type { FastifyInstance } from 'fastify'
import type { Db } from '../src/db/database'
import { DEMO_PASSWORD, demoArticles, demoComments, demoFavorites, demoFollows, demoUsers } from './demo-data'

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) === undefined
}

/**
 * Loads the demo content through the API itself, so it passes the same validation and transactions as
 * anything a user writes.
 */
export async function seedDemo(app: FastifyInstance): Promise<void> {
  const tokens = new Map<string, string>()
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: string | null, payload?: object) => {
    const response = await app.inject({
      method,
      url: `/api${url}`,
      headers: as ? { authorization: `Token ${tokens.get(as)}` } : {},
      ...(payload ? { payload } : {}),
    })
    if (response.statusCode >= 300)
      throw new Error(`seed: ${method} ${url} → ${response.statusCode} ${response.body}`)
    return response.json()
  }

  for (const user of demoUsers) {
    const { user: created } = await call('POST', '/users', null, {
      user: { username: user.username, email: user.email, password: DEMO_PASSWORD },
    })
    tokens.set(user.username, created.token)
    await call('PUT', '/user', user.username, { user: { bio: user.bio } })
  }
  const slugs = new Map<string, string>()
  for (const article of demoArticles) {
    const { article: created } = await call('POST', '/articles', article.author, {
      article: {
        title: article.title,
        description: article.description,
        body: article.body,
        tagList: article.tags,
      },
    })
    slugs.set(article.title, created.slug)
  }
  for (const [follower, followed] of demoFollows) await call('POST', `/profiles/${followed}/follow`, follower)
  for (const [user, title] of demoFavorites)
    await call('POST', `/articles/${slugs.get(title)}/favorite`, user)
  for (const [user, title, body] of demoComments) {
    await call('POST', `/articles/${slugs.get(title)}/comments`, user, { comment: { body } })
  }
}
