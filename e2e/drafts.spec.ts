import { expect, test } from './fixtures'
import { createArticle, uniqueName } from './support/api'

// Each story opens several pages and saves more than once; the machine may be shared.
test.describe.configure({ timeout: 90_000 })

test('unsaved editor text survives closing the tab, and a saved draft stays private', async ({
  userPage: page,
  user,
}) => {
  const title = `Half-written ${uniqueName('')}`
  await page.goto('/editor')
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel("What's this article about?").fill('Not finished')
  await page.getByLabel('Body (markdown)').fill('A first paragraph that must not be lost.')

  // Same browser, same storage: the tab closes without saving, another one opens the editor.
  const again = await page.context().newPage()
  await page.close()
  await again.goto('/editor')
  await again.getByRole('button', { name: 'Restore unsaved changes' }).click()
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue(title)
  await expect(again.getByLabel('Body (markdown)')).toHaveValue('A first paragraph that must not be lost.')

  await again.getByRole('button', { name: 'Save draft' }).click()
  await expect(again).toHaveURL(/\/editor\/[^/]+$/)

  await again.goto(`/profile/${user.username}/drafts`)
  await expect(again.getByRole('heading', { name: title })).toBeVisible()
  await again.goto(`/profile/${user.username}`)
  await expect(again.getByText(`${user.username} has not written any articles yet.`)).toBeVisible()
})

test('a preview link opens a draft in a signed-out browser', async ({ userPage: page, anonymousPage }) => {
  const title = `Preview me ${uniqueName('')}`
  await page.goto('/editor')
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel("What's this article about?").fill('For a friend')
  await page.getByLabel('Body (markdown)').fill('Draft text for review.')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page).toHaveURL(/\/editor\/[^/]+$/)

  const link = await page.getByLabel('Anyone with this link can read the draft:').inputValue()
  expect(link).toMatch(/\/article\/[^?]+\?preview=[A-Za-z0-9_-]{43}$/)
  const slug = new URL(link).pathname.split('/').pop() ?? ''

  const stranger = await anonymousPage()
  await stranger.goto(new URL(link).pathname + new URL(link).search)
  await expect(stranger.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(stranger.getByText('Draft text for review.')).toBeVisible()

  await stranger.goto(`/article/${slug}`)
  await expect(stranger.getByRole('heading', { level: 1, name: title })).not.toBeVisible()
  await expect(stranger.getByRole('heading', { name: 'We could not find that' })).toBeVisible()
})

test('two tabs editing one article: the second save shows both versions and loses no text', async ({
  userPage: tabA,
  user,
  request,
}) => {
  const article = await createArticle(request, user, {
    title: `Shared ${uniqueName('')}`,
    description: 'Edited twice',
    body: 'Original body.',
  })
  const tabB = await tabA.context().newPage()
  await tabA.goto(`/editor/${article.slug}`)
  await tabB.goto(`/editor/${article.slug}`)
  await expect(tabB.getByLabel('Body (markdown)')).toHaveValue('Original body.')

  await tabA.getByLabel('Body (markdown)').fill('Text from tab A.')
  await tabA.getByRole('button', { name: 'Update article' }).click()
  await expect(tabA.getByText('Text from tab A.')).toBeVisible()

  await tabB.getByLabel('Body (markdown)').fill('Text from tab B.')
  await tabB.getByRole('button', { name: 'Update article' }).click()
  const conflict = tabB.getByRole('alert').filter({ hasText: 'saved elsewhere' })
  await expect(conflict).toBeVisible()
  await expect(conflict.getByLabel('Your version')).toHaveValue('Text from tab B.')
  await expect(conflict.getByLabel('Saved version')).toHaveValue('Text from tab A.')

  await conflict.getByRole('button', { name: 'Combine both bodies' }).click()
  await expect(tabB.getByLabel('Body (markdown)')).toHaveValue(/Text from tab B\.[\s\S]*Text from tab A\./)
  await tabB.getByRole('button', { name: 'Update article' }).click()
  await expect(tabB).toHaveURL(new RegExp(`/article/${article.slug}$`))
  await expect(tabB.getByText('Text from tab A.')).toBeVisible()
  await expect(tabB.getByText('Text from tab B.')).toBeVisible()
})
