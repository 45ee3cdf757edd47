import { expect, test } from './fixtures'
import { registerUser, uniqueName } from './support/api'

test('an author publishes; readers comment, favorite and follow; the author edits, then deletes', async ({
  userPage: page,
  user,
  pageAs,
  request,
}) => {
  const title = `Training dragons ${uniqueName('')}`
  const tag = uniqueName('dragons')
  const mainNav = page.getByRole('navigation', { name: 'Main' })
  const previewOf = (onPage: typeof page, articleTitle: string) =>
    onPage.getByRole('article').filter({ has: onPage.getByRole('heading', { name: articleTitle }) })

  await test.step('publish an article with markdown and tags', async () => {
    await page.goto('/')
    await mainNav.getByRole('link', { name: 'New article' }).click()
    await page.getByLabel('Title', { exact: true }).fill(title)
    await page.getByLabel("What's this article about?").fill('Feeding and flying')
    await page
      .getByLabel('Body (markdown)')
      .fill('## Feeding\n\nDragons like **roasted** peppers.\n\n- wings\n- fire')
    const tags = page.getByLabel('Tags', { exact: true })
    for (const name of [tag, 'e2e']) {
      await tags.fill(name)
      await tags.press('Enter')
    }
    await expect(page.getByRole('list', { name: 'Added tags' }).getByRole('listitem')).toHaveCount(2)
    await page.getByRole('button', { name: 'Publish article' }).click()

    await expect(page).toHaveURL(/\/article\/[^/]+$/)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Feeding' })).toBeVisible()
    await expect(page.locator('strong', { hasText: 'roasted' })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'wings' })).toBeVisible()
  })
  const articleUrl = page.url()

  await test.step('it is in the global feed and under its tag', async () => {
    await page.getByRole('link', { name: tag, exact: true }).click()
    await expect(page).toHaveURL(`/?tag=${tag}`)
    await expect(page.getByRole('link', { name: `#${tag}` })).toHaveAttribute('aria-current', 'page')
    await expect(previewOf(page, title)).toBeVisible()

    await page.getByRole('link', { name: 'Global feed' }).click()
    await expect(previewOf(page, title)).toBeVisible()
    await expect(previewOf(page, title).getByRole('listitem')).toHaveText([tag, 'e2e'])
  })

  await test.step('the author comments', async () => {
    await page.goto(articleUrl)
    await page.getByLabel('Write a comment').fill('First! Thanks for reading.')
    await page.getByRole('button', { name: 'Post comment' }).click()
    await expect(page.getByRole('listitem').filter({ hasText: 'First! Thanks for reading.' })).toBeVisible()
    await expect(page.getByLabel('Write a comment')).toHaveValue('')
  })

  const reader = await registerUser(request, 'reader')
  const readerPage = await pageAs(reader)

  await test.step('a reader favorites it', async () => {
    await readerPage.goto(articleUrl)
    await expect(
      readerPage.getByRole('listitem').filter({ hasText: 'First! Thanks for reading.' }),
    ).toBeVisible()
    await readerPage.getByRole('button', { name: 'Favorite article (0)' }).first().click()
    await expect(readerPage.getByRole('button', { name: 'Unfavorite article (1)' }).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  await test.step('the reader follows the author and finds the article in Your feed', async () => {
    await readerPage
      .getByRole('button', { name: `Follow ${user.username}` })
      .first()
      .click()
    await expect(readerPage.getByRole('button', { name: `Following ${user.username}` }).first()).toBeVisible()
    await readerPage.goto('/')
    await readerPage.getByRole('link', { name: 'Your feed' }).click()
    await expect(readerPage).toHaveURL('/?feed=following')
    await expect(previewOf(readerPage, title)).toBeVisible()
  })

  const revisedTitle = `${title} revised`
  await test.step('the author edits it', async () => {
    await page.goto(articleUrl)
    await page.getByRole('link', { name: 'Edit article' }).first().click()
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
    await page.getByLabel('Title', { exact: true }).fill(revisedTitle)
    await page.getByLabel('Body (markdown)').fill('## Feeding\n\nNow with *more* peppers.')
    await page.getByRole('button', { name: 'Update article' }).click()
    await expect(page.getByRole('heading', { level: 1, name: revisedTitle })).toBeVisible()
    await expect(page.locator('em', { hasText: 'more' })).toBeVisible()
  })
  const revisedUrl = page.url()

  await test.step('the author deletes it and it is gone', async () => {
    await page.getByRole('button', { name: 'Delete article' }).first().click()
    await page.getByRole('button', { name: 'Yes, delete' }).click()
    await expect(page).toHaveURL('/')
    await page.getByRole('link', { name: 'Global feed' }).click()
    await expect(previewOf(page, revisedTitle)).toHaveCount(0)
    const slug = new URL(revisedUrl).pathname.split('/').at(-1) ?? ''
    expect((await request.get(`/api/articles/${slug}`)).status()).toBe(404)
  })
})
