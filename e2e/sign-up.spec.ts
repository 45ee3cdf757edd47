import { expect, storedTokens, test } from './fixtures'
import { uniqueName } from './support/api'

test('a visitor signs up through the form and is signed in with both tokens stored', async ({
  anonymousPage,
}) => {
  const page = await anonymousPage()
  const username = uniqueName('newbie')

  await page.goto('/register')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Email').fill(`${username}@e2e.example`)
  await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery')
  await page.getByRole('button', { name: 'Sign up' }).click()

  const mainNav = page.getByRole('navigation', { name: 'Main' })
  await expect(mainNav.getByRole('link', { name: username })).toBeVisible()
  await expect(mainNav.getByRole('link', { name: 'Sign in' })).toHaveCount(0)
  await expect(page).toHaveURL('/')
  const tokens = await storedTokens(page)
  expect(tokens.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
  expect(tokens.refreshToken).toBeTruthy()
})

test('sign-up shows the API validation error beside the field', async ({ anonymousPage, user }) => {
  const page = await anonymousPage()

  await page.goto('/register')
  await page.getByLabel('Username').fill(uniqueName('other'))
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery')
  await page.getByRole('button', { name: 'Sign up' }).click()

  await expect(page.getByText(/has already been taken/).first()).toBeVisible()
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  expect((await storedTokens(page)).token).toBeNull()
})
