import { expect, storedTokens, test } from './fixtures'

test('signing in through the form returns to the page that asked for it', async ({ anonymousPage, user }) => {
  const page = await anonymousPage()

  await page.goto('/settings')
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fsettings$/)
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page).toHaveURL('/settings')
  await expect(page.getByRole('heading', { name: 'Your settings' })).toBeVisible()
  await expect(page.getByLabel('Username')).toHaveValue(user.username)
})

test('a wrong password is refused without storing anything', async ({ anonymousPage, user }) => {
  const page = await anonymousPage()

  await page.goto('/login')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByText(/is invalid/).first()).toBeVisible()
  await expect(page).toHaveURL('/login')
  expect(await storedTokens(page)).toEqual({ token: null, refreshToken: null })
})

test('signing out clears the stored tokens and ends the session on the server', async ({
  userPage: page,
  user,
  request,
}) => {
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Sign out of this device' }).click()

  await expect(page).toHaveURL('/')
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible()
  expect(await storedTokens(page)).toEqual({ token: null, refreshToken: null })
  const refresh = await request.post('/api/users/refresh', { data: { refreshToken: user.refreshToken } })
  expect(refresh.status()).toBe(401)
})
