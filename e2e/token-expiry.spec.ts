import { expect, storedTokens, test } from './fixtures'
import { SHORT_ACCESS_TOKEN_TTL_SECONDS, shortTokenStack } from './support/stacks'

// This stack's API issues access tokens that live 5 s.
test.use({ baseURL: shortTokenStack.baseURL })

test('a reader who stays past access-token expiry keeps working without signing in again', async ({
  userPage: page,
  user,
  article,
  request,
}) => {
  const refreshes: number[] = []
  const favoriteStatuses: number[] = []
  page.on('request', (sent) => {
    if (sent.method() === 'POST' && new URL(sent.url()).pathname === '/api/users/refresh')
      refreshes.push(Date.now())
  })
  page.on('response', (response) => {
    const isFavorite =
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === `/api/articles/${article.slug}/favorite`
    if (isFavorite) favoriteStatuses.push(response.status())
  })

  await page.goto(`/article/${article.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()

  // The point is real expiry: the token the page started with must be dead before we act.
  await page.waitForTimeout((SHORT_ACCESS_TOKEN_TTL_SECONDS + 2) * 1000)
  await page.getByRole('button', { name: 'Favorite article (0)' }).first().click()

  // A 401 followed by a refresh and a retry is fine; the last answer must be a success.
  await expect
    .poll(() => favoriteStatuses.at(-1), { message: 'the favorite reached the API with a valid token' })
    .toBe(200)
  await expect(page.getByRole('button', { name: 'Unfavorite article (1)' }).first()).toBeVisible()
  await expect(page).toHaveURL(`/article/${article.slug}`)
  expect(refreshes.length, 'the page refreshed its access token').toBeGreaterThan(0)
  const tokens = await storedTokens(page)
  expect(tokens.token).not.toBe(user.token)
  expect(tokens.refreshToken).not.toBe(user.refreshToken)

  const stale = await request.get('/api/user', { headers: { authorization: `Token ${user.token}` } })
  expect(stale.status(), 'the original access token has expired').toBe(401)
})
