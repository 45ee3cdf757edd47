import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createArticle, uniqueName } from './support/api'

const SCRIPT_PAYLOAD = '<script>window.__xss=1</script>'
const IMG_PAYLOAD = '<img src=x onerror="window.__xss=1">'

function injected(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
}

test('HTML in article markdown and in comments is never executed', async ({
  userPage: page,
  user,
  request,
}) => {
  const article = await createArticle(request, user, {
    title: `Hostile ${uniqueName('')}`,
    description: 'HTML everywhere',
    body: `# Heading\n\n${SCRIPT_PAYLOAD}\n\n${IMG_PAYLOAD}\n\nInline ${IMG_PAYLOAD} too.\n\n[a link](javascript:window.__xss=1)`,
  })
  const comment = await request.post(`/api/articles/${article.slug}/comments`, {
    headers: { authorization: `Token ${user.token}` },
    data: { comment: { body: `${SCRIPT_PAYLOAD} ${IMG_PAYLOAD}` } },
  })
  expect(comment.ok(), await comment.text()).toBe(true)

  await page.goto(`/article/${article.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  await expect(page.getByText(`${SCRIPT_PAYLOAD} ${IMG_PAYLOAD}`, { exact: true })).toBeVisible()

  await test.step('a comment posted through the form is shown as text', async () => {
    await page.getByLabel('Write a comment').fill(IMG_PAYLOAD)
    await page.getByRole('button', { name: 'Post comment' }).click()
    await expect(page.getByLabel('Write a comment')).toHaveValue('')
    await expect(page.getByRole('listitem').filter({ hasText: IMG_PAYLOAD })).toHaveCount(2)
  })

  await expect(page.locator('main script, main img[onerror], main [onerror]')).toHaveCount(0)
  const hrefs = await page
    .locator('main a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(hrefs.filter((href) => href.trim().toLowerCase().startsWith('javascript:'))).toEqual([])
  expect(await injected(page)).toBeUndefined()
})

test('the editor preview renders hostile markdown inertly', async ({ userPage: page }) => {
  await page.goto('/editor')
  await page.getByLabel('Body (markdown)').fill(`Hello\n\n${SCRIPT_PAYLOAD}\n\n${IMG_PAYLOAD}`)
  await page.getByRole('tab', { name: 'Preview' }).click()
  await expect(page.getByRole('tabpanel').getByText('Hello')).toBeVisible()

  await expect(page.locator('main script, main img[onerror]')).toHaveCount(0)
  expect(await injected(page)).toBeUndefined()
})
