import { expect, test } from './fixtures'

test('an article link opened directly, then reloaded, renders the article', async ({
  anonymousPage,
  article,
}) => {
  const page = await anonymousPage()

  const response = await page.goto(`/article/${article.slug}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  await expect(page.locator('strong', { hasText: 'markdown' })).toBeVisible()
})

test('profile links opened directly render the profile and its tabs', async ({ anonymousPage, article }) => {
  const page = await anonymousPage()
  const { username } = article.author

  await page.goto(`/profile/${username}`)
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible()
  await expect(page.getByRole('heading', { name: article.title })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible()

  await page.goto(`/profile/${username}/favorites`)
  await expect(page.getByRole('link', { name: 'Favorited articles' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByText(`${username} has not favorited any articles yet.`)).toBeVisible()
})

test('an unknown address renders the not-found page', async ({ anonymousPage }) => {
  const page = await anonymousPage()

  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the home page' }).click()
  await expect(page).toHaveURL('/')
})
