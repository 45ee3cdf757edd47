import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { setRole } from './support/admin-cli'
import { registerUser } from './support/api'

type Screen = {
  name: string
  path: (slug: string, username: string) => string
  signedIn: boolean
  ready: (page: Page) => Locator
}

const screens: Screen[] = [
  { name: 'home', path: () => '/', signedIn: false, ready: (page) => page.getByRole('article').first() },
  {
    name: 'home, signed in',
    path: () => '/',
    signedIn: true,
    ready: (page) => page.getByRole('link', { name: 'Your feed' }),
  },
  {
    name: 'login',
    path: () => '/login',
    signedIn: false,
    ready: (page) => page.getByRole('heading', { name: 'Sign in' }),
  },
  {
    name: 'register',
    path: () => '/register',
    signedIn: false,
    ready: (page) => page.getByRole('heading', { name: 'Sign up' }),
  },
  { name: 'settings', path: () => '/settings', signedIn: true, ready: (page) => page.getByLabel('Username') },
  {
    name: 'editor',
    path: () => '/editor',
    signedIn: true,
    ready: (page) => page.getByLabel('Title', { exact: true }),
  },
  {
    name: 'article',
    path: (slug) => `/article/${slug}`,
    signedIn: true,
    ready: (page) => page.getByLabel('Write a comment'),
  },
  {
    name: 'profile',
    path: (_, username) => `/profile/${username}`,
    signedIn: false,
    ready: (page) => page.getByRole('article').first(),
  },
  {
    name: 'not found',
    path: () => '/no/such/page',
    signedIn: false,
    ready: (page) => page.getByRole('heading', { name: 'Page not found' }),
  },
]

for (const screen of screens) {
  test(`the ${screen.name} page has no serious or critical axe violations`, async ({
    anonymousPage,
    userPage,
    article,
  }) => {
    const page = screen.signedIn ? userPage : await anonymousPage()
    await page.goto(screen.path(article.slug, article.author.username))
    await expect(screen.ready(page)).toBeVisible()
    await expect(page.getByRole('status', { name: /loading/i })).toHaveCount(0)
    expect(await blockingViolations(page)).toEqual([])
  })
}

async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    )
}

test('the report dialog has no serious or critical axe violations', async ({ userPage: page, article }) => {
  await page.goto(`/article/${article.slug}`)
  await page.getByRole('button', { name: 'Report article' }).first().click()
  await expect(page.getByRole('dialog', { name: 'Report article' })).toBeVisible()
  expect(await blockingViolations(page)).toEqual([])
})

// The moderation pages, seen by a moderator (made with the admin CLI) with one open report queued.
const adminScreens = [
  {
    name: 'reports',
    path: '/admin/reports',
    ready: (page: Page) => page.getByRole('button', { name: /^Hide / }),
  },
  { name: 'users', path: '/admin/users', ready: (page: Page) => page.getByLabel('Search by name or email') },
  {
    name: 'audit log',
    path: '/admin/audit',
    ready: (page: Page) => page.getByRole('heading', { name: 'Audit log' }),
  },
]

for (const screen of adminScreens) {
  test(`the admin ${screen.name} page has no serious or critical axe violations`, async ({
    request,
    user,
    article,
    pageAs,
  }) => {
    const report = await request.post('/api/reports', {
      headers: { authorization: `Token ${user.token}` },
      data: { report: { article: article.slug, reason: 'spam', note: 'looks like spam' } },
    })
    expect(report.status(), await report.text()).toBe(201)
    const moderator = await registerUser(request, 'mod')
    setRole(moderator.email, 'moderator')
    const page = await pageAs(moderator)
    await page.goto(screen.path)
    await expect(screen.ready(page).first()).toBeVisible()
    await expect(page.getByRole('status', { name: /loading/i })).toHaveCount(0)
    expect(await blockingViolations(page)).toEqual([])
  })
}
