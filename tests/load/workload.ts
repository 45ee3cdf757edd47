import type { Context, RequestStep } from 'autocannon'
import { call, signUpAt } from '../../apps/api/test/api-process'
import { newUser, type SignedUpUser } from '../../apps/api/test/sign-up'

/** The load test's users and the request cycle each autocannon connection walks. */

const PASSWORD = 'load-test-password'

export type User = { email: string; username: string }

export async function createUsers(base: string, count: number): Promise<User[]> {
  const users: SignedUpUser[] = []
  for (let i = 0; i < count; i++) users.push(await signUpAt(base, newUser('load', { password: PASSWORD })))
  // Each follows the next, so feeds have something in them.
  for (const [i, user] of users.entries()) {
    const next = users[(i + 1) % users.length]
    if (!next) continue
    await call(base, 'POST', `/api/profiles/${next.username}/follow`, { token: user.token })
  }
  return users.map(({ email, username }) => ({ email, username }))
}

/** One connection's cycle: sign in, read, write, comment, favourite, refresh, read as the refreshed user. */
export function workload(users: User[]): RequestStep[] {
  let nextUser = 0
  let nextTitle = 0
  // Fresh objects each time: autocannon writes Content-Length into the headers object it is given.
  const json = () => ({ 'content-type': 'application/json' })
  const authed = (context: Context) => ({ ...json(), authorization: `Token ${context.token ?? ''}` })
  const remember = (status: number, body: string, context: Context) => {
    if (status >= 300) return
    const { user } = JSON.parse(body) as { user: { token: string; refreshToken: string } }
    context.token = user.token
    context.refreshToken = user.refreshToken
  }
  const get = (path: (context: Context) => string): RequestStep => ({
    method: 'GET',
    setupRequest: (request, context) => ({ ...request, path: path(context), headers: authed(context) }),
  })
  return [
    {
      method: 'POST',
      path: '/api/users/login',
      setupRequest: (request, context) => {
        const user = users[nextUser++ % users.length]
        context.username = user?.username
        return {
          ...request,
          headers: json(),
          body: JSON.stringify({ user: { email: user?.email, password: PASSWORD } }),
        }
      },
      onResponse: remember,
    },
    get(() => '/api/articles?limit=20'),
    get(() => '/api/articles/feed?limit=10'),
    {
      method: 'POST',
      path: '/api/articles',
      setupRequest: (request, context) => ({
        ...request,
        headers: authed(context),
        body: JSON.stringify({
          article: {
            title: `Load ${process.pid} ${nextTitle++}`,
            description: 'written by the load test',
            body: 'Some *markdown* body.',
            tagList: ['load', `load-${nextTitle % 10}`],
          },
        }),
      }),
      onResponse: (status, body, context) => {
        if (status === 201) context.slug = (JSON.parse(body) as { article: { slug: string } }).article.slug
      },
    },
    get((context) => `/api/articles/${context.slug ?? 'missing'}`),
    {
      method: 'POST',
      setupRequest: (request, context) => ({
        ...request,
        path: `/api/articles/${context.slug ?? 'missing'}/comments`,
        headers: authed(context),
        body: JSON.stringify({ comment: { body: 'A comment from the load test.' } }),
      }),
    },
    {
      method: 'POST',
      setupRequest: (request, context) => ({
        ...request,
        path: `/api/articles/${context.slug ?? 'missing'}/favorite`,
        headers: authed(context),
      }),
    },
    get((context) => `/api/articles/${context.slug ?? 'missing'}/comments`),
    get(() => '/api/tags'),
    {
      method: 'POST',
      path: '/api/users/refresh',
      setupRequest: (request, context) => ({
        ...request,
        headers: json(),
        body: JSON.stringify({ refreshToken: context.refreshToken ?? 'missing' }),
      }),
      onResponse: remember,
    },
    get(() => '/api/user'),
    get((context) => `/api/profiles/${context.username ?? 'missing'}`),
  ]
}
