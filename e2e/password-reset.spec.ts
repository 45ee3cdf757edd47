import { expect, storedTokens, test } from './fixtures'
import { mainStack } from './support/stacks'

type CaughtMail = { to: string[]; subject: string; text: string }

/** Reads the mail catcher that scripts/start.mjs started beside the app, as a person would read their inbox. */
async function resetLinkFor(email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await fetch(`${mainStack.mailURL}/api/messages`)
    const mails = (await response.json()) as CaughtMail[]
    const mail = mails.find(
      (candidate) => candidate.to.includes(email) && candidate.subject.includes('Reset'),
    )
    const link = mail && /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0]
    if (link) return link
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no reset mail to ${email} in the catcher`)
}

test('forgot password → mail → new password → signed in; the old password is refused', async ({
  anonymousPage,
  user,
  request,
}) => {
  const page = await anonymousPage()
  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page).toHaveURL('/forgot-password')
  await page.getByLabel('Email').fill(user.email)
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await expect(page.getByRole('status')).toContainText(
    'If an account exists for that address, we sent a link',
  )

  const link = new URL(await resetLinkFor(user.email))
  expect(link.origin).toBe(mainStack.baseURL)
  await page.goto(`${link.pathname}${link.search}`)
  // The token leaves the address bar at once.
  await expect(page).toHaveURL('/reset-password')
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password')
  await page.getByLabel('Repeat the new password').fill('a-brand-new-password')
  await page.getByRole('button', { name: 'Set password and sign in' }).click()

  await expect(page).toHaveURL('/')
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: user.username }),
  ).toBeVisible()
  expect((await storedTokens(page)).token).toBeTruthy()
  const history = await page.evaluate(() => window.location.href)
  expect(history).not.toContain('token=')

  const oldPassword = await request.post('/api/users/login', {
    data: { user: { email: user.email, password: user.password } },
  })
  expect(oldPassword.status()).toBe(401)
  const newPassword = await request.post('/api/users/login', {
    data: { user: { email: user.email, password: 'a-brand-new-password' } },
  })
  expect(newPassword.status()).toBe(200)
  // The session the fixture opened before the reset is over.
  const refresh = await request.post('/api/users/refresh', { data: { refreshToken: user.refreshToken } })
  expect(refresh.status()).toBe(401)
})
