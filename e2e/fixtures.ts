import { type Browser, test as base, expect, type Page } from '@playwright/test'
import { REFRESH_TOKEN_KEY, TOKEN_KEY } from '../apps/web/src/lib/storage-keys'
import { type CreatedArticle, createArticle, registerUser, type TestUser, uniqueName } from './support/api'

type Fixtures = {
  /** A fresh user registered through the API. */
  user: TestUser
  /** A page signed in as `user`, with tokens seeded into localStorage (no login form). */
  userPage: Page
  /** Opens another page signed in as someone else (its own context, so its own storage). */
  pageAs: (user: TestUser) => Promise<Page>
  /** Opens a signed-out page in its own context. */
  anonymousPage: () => Promise<Page>
  /** An article by a fresh author, made through the API. */
  article: CreatedArticle & { author: TestUser }
}

/**
 * Every page fails its test on a Content-Security-Policy violation or an uncaught error, so the
 * app is proven to run under the headers it deploys with.
 */
async function newCheckedPage(
  browser: Browser,
  baseURL: string,
  tokens: TestUser | null,
  problems: string[],
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    storageState: {
      cookies: [],
      origins: tokens
        ? [
            {
              origin: baseURL,
              localStorage: [
                { name: TOKEN_KEY, value: tokens.token },
                { name: REFRESH_TOKEN_KEY, value: tokens.refreshToken },
              ],
            },
          ]
        : [],
    },
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return page
}

export const test = base.extend<Fixtures & { problems: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  problems: async ({}, use) => {
    const problems: string[] = []
    await use(problems)
    expect(problems, 'no CSP violations or uncaught errors in the page').toEqual([])
  },
  user: async ({ request }, use) => {
    await use(await registerUser(request))
  },
  pageAs: async ({ browser, baseURL, problems }, use) => {
    const pages: Page[] = []
    await use(async (user) => {
      const page = await newCheckedPage(browser, baseURL ?? '', user, problems)
      pages.push(page)
      return page
    })
    await Promise.all(pages.map((page) => page.context().close()))
  },
  anonymousPage: async ({ browser, baseURL, problems }, use) => {
    const pages: Page[] = []
    await use(async () => {
      const page = await newCheckedPage(browser, baseURL ?? '', null, problems)
      pages.push(page)
      return page
    })
    await Promise.all(pages.map((page) => page.context().close()))
  },
  userPage: async ({ pageAs, user }, use) => {
    await use(await pageAs(user))
  },
  article: async ({ request }, use) => {
    const author = await registerUser(request, 'author')
    const created = await createArticle(request, author, {
      title: `Seeded article ${uniqueName('')}`,
      description: 'Made through the API for a spec',
      body: 'Some **markdown** body.',
      tagList: ['seeded'],
    })
    await use({ ...created, author })
  },
})

export { expect }

export async function storedTokens(
  page: Page,
): Promise<{ token: string | null; refreshToken: string | null }> {
  return page.evaluate(
    ([tokenKey, refreshKey]) => ({
      token: localStorage.getItem(tokenKey),
      refreshToken: localStorage.getItem(refreshKey),
    }),
    [TOKEN_KEY, REFRESH_TOKEN_KEY] as const,
  )
}
