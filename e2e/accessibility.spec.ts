import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

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

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      )
    expect(blocking).toEqual([])
  })
}
