import { expect, test } from './fixtures'
import { SHORT_ACCESS_TOKEN_TTL_SECONDS, shortTokenStack } from './support/stacks'

// A RealWorld client that has never heard of refresh tokens, played by the browser itself: it signs in,
// keeps the `token` it got, and sends it as `Authorization: Token …` (decision 011). This stack's access
// tokens live 5 s.
test.use({ baseURL: shortTokenStack.baseURL })

type Call = { method: string; path: string; token?: string; body?: unknown }

test('a client that never refreshes stays signed in past expiry and is cut off by a sign-out elsewhere', async ({
  anonymousPage,
  user,
  article,
}) => {
  const page = await anonymousPage()
  await page.goto('/')
  const call = ({ method, path, token, body }: Call) =>
    page.evaluate(
      async (request) => {
        const response = await fetch(`/api${request.path}`, {
          method: request.method,
          headers: {
            'content-type': 'application/json',
            ...(request.token ? { authorization: `Token ${request.token}` } : {}),
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
        })
        return { status: response.status, body: await response.json().catch(() => null) }
      },
      { method, path, token, body },
    )

  const signIn = await call({
    method: 'POST',
    path: '/users/login',
    body: { user: { email: user.email, password: user.password } },
  })
  expect(signIn.status).toBe(200)
  const token: string = signIn.body.user.token

  // Real expiry: the token must be past its `exp` before the client acts.
  await page.waitForTimeout((SHORT_ACCESS_TOKEN_TTL_SECONDS + 2) * 1000)

  const favorite = await call({ method: 'POST', path: `/articles/${article.slug}/favorite`, token })
  expect(favorite.status, 'favourite with the expired sign-in token').toBe(200)
  const comment = await call({
    method: 'POST',
    path: `/articles/${article.slug}/comments`,
    token,
    body: { comment: { body: 'Written by a client that never refreshes' } },
  })
  expect(comment.status, 'comment with the expired sign-in token').toBe(200)
  const publish = await call({
    method: 'POST',
    path: '/articles',
    token,
    body: { article: { title: `Never refreshed ${Date.now()}`, description: 'd', body: 'b', tagList: [] } },
  })
  expect(publish.status, 'publish with the expired sign-in token').toBe(201)

  // "Sign out other devices" from a second sign-in, as the user would from our own app's settings.
  const elsewhere = await call({
    method: 'POST',
    path: '/users/login',
    body: { user: { email: user.email, password: user.password } },
  })
  const signOutOthers = await call({
    method: 'DELETE',
    path: '/user/sessions',
    token: elsewhere.body.user.token,
  })
  expect(signOutOthers.status).toBe(204)

  const after = await call({ method: 'GET', path: '/user', token })
  expect(after.status, 'the first client is signed out').toBe(401)
  expect(after.body).toEqual({ errors: { token: [expect.any(String)] } })
})
