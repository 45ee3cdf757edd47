import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'
import { setRole } from './support/admin-cli'
import { registerUser, type TestUser, uniqueName } from './support/api'

async function addComment(request: APIRequestContext, author: TestUser, slug: string, body: string) {
  const response = await request.post(`/api/articles/${slug}/comments`, {
    headers: { authorization: `Token ${author.token}` },
    data: { comment: { body } },
  })
  expect(response.status(), await response.text()).toBe(200)
}

test('a reported comment is hidden from the queue and leaves the page for readers', async ({
  request,
  article,
  userPage: reporterPage,
  pageAs,
  anonymousPage,
}) => {
  const commenter = await registerUser(request, 'commenter')
  const spam = `Cheap pills at example.com ${uniqueName('')}`
  await addComment(request, commenter, article.slug, spam)

  // A reader reports the comment.
  await reporterPage.goto(`/article/${article.slug}`)
  await expect(reporterPage.getByText(spam)).toBeVisible()
  await reporterPage.getByRole('button', { name: `Report comment by ${commenter.username}` }).click()
  const dialog = reporterPage.getByRole('dialog', { name: `Report comment by ${commenter.username}` })
  await dialog.getByRole('radio', { name: 'Spam' }).check()
  await dialog.getByLabel('Note (optional)').fill('selling pills')
  await dialog.getByRole('button', { name: 'Send report' }).click()
  await expect(dialog.getByText(/your report was sent/i)).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  // A plain user does not get the moderation pages.
  await reporterPage.goto('/admin')
  await expect(reporterPage.getByRole('heading', { name: 'Page not found' })).toBeVisible()

  // A moderator, made with the admin CLI, hides it from the queue.
  const moderator = await registerUser(request, 'mod')
  setRole(moderator.email, 'moderator')
  const modPage = await pageAs(moderator)
  await modPage.goto('/')
  await modPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click()
  await expect(modPage.getByRole('heading', { name: 'Reports' })).toBeVisible()
  const group = modPage.getByRole('listitem').filter({ hasText: spam })
  await expect(group.getByText('selling pills')).toBeVisible()
  await group.getByRole('button', { name: `Hide comment by ${commenter.username}` }).click()
  await group.getByRole('button', { name: 'Yes, hide' }).click()
  await expect(modPage.getByText(spam)).toHaveCount(0)

  // A reader no longer sees it; its author sees it marked.
  const reader = await anonymousPage()
  await reader.goto(`/article/${article.slug}`)
  await expect(reader.getByText('No comments yet.')).toBeVisible()
  await expect(reader.getByText(spam)).toHaveCount(0)

  const authorPage = await pageAs(commenter)
  await authorPage.goto(`/article/${article.slug}`)
  const own = authorPage.getByRole('listitem').filter({ hasText: spam })
  await expect(own.getByText(/hidden by a moderator/i)).toBeVisible()

  // The audit log shows the action.
  await modPage.getByRole('link', { name: 'Audit log' }).click()
  const row = modPage.getByRole('row').filter({ hasText: 'comment.hide' })
  await expect(row.first()).toContainText(moderator.username)
})

test('a moderator suspends a user, who is told why and until when at sign-in', async ({
  request,
  pageAs,
  anonymousPage,
}) => {
  const troll = await registerUser(request, 'troll')
  const moderator = await registerUser(request, 'mod')
  setRole(moderator.email, 'moderator')

  const modPage = await pageAs(moderator)
  await modPage.goto('/admin/users')
  await modPage.getByLabel('Search by name or email').fill(troll.email)
  await modPage.getByRole('button', { name: 'Search' }).click()
  const row = modPage
    .getByRole('listitem')
    .filter({ has: modPage.getByRole('heading', { name: troll.username }) })
  await row.getByRole('button', { name: `Suspend ${troll.username}` }).click()
  await row.getByLabel('Reason').fill('harassing other writers')
  await row.getByLabel('Until').fill('2030-01-02T10:30')
  await row.getByRole('button', { name: `Suspend ${troll.username}` }).click()
  await expect(row.getByText('suspended', { exact: true })).toBeVisible()
  await expect(row.getByText(/harassing other writers/)).toBeVisible()

  const page = await anonymousPage()
  await page.goto('/login')
  await page.getByLabel('Email').fill(troll.email)
  await page.getByLabel('Password').fill(troll.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Your account is suspended until')
  await expect(alert).toContainText('2030')
  await expect(alert).toContainText('Reason: harassing other writers')
  await expect(page).toHaveURL(/\/login/)

  await modPage.getByRole('link', { name: 'Audit log' }).click()
  await expect(modPage.getByRole('row').filter({ hasText: 'user.suspend' }).first()).toContainText(
    troll.username,
  )
})
