import { expect, test } from './fixtures'
import { createArticle, registerUser, uniqueName } from './support/api'

test('a reader searches from the header, sees highlighted results and goes back to them', async ({
  anonymousPage,
  request,
}) => {
  const author = await registerUser(request)
  const word = uniqueName('zebra')
  const inBody = await createArticle(request, author, {
    title: 'Notes from the savanna',
    description: 'Field notes',
    body: `We saw a ${word} at dawn, then many more animals.`,
  })
  const inTitle = await createArticle(request, author, {
    title: `The ${word} handbook`,
    description: 'Everything about stripes',
    body: 'Stripes, mostly.',
  })

  const page = await anonymousPage()
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Search articles' })
  await box.fill(word)
  await box.press('Enter')

  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(word)
  const results = page.locator('.search-results > li')
  await expect(results).toHaveCount(2)
  // The title match ranks first, and the matched word is marked in both snippets.
  await expect(results.first().getByRole('heading')).toHaveText(inTitle.title)
  await expect(results.nth(1).getByRole('heading')).toHaveText(inBody.title)
  await expect(results.first().locator('mark')).toHaveText(word)
  await expect(results.nth(1).locator('mark')).toHaveText(word)

  await results.nth(1).getByRole('link', { name: inBody.title }).click()
  await expect(page).toHaveURL(new RegExp(`/article/${inBody.slug}$`))
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`))
  await expect(results).toHaveCount(2)
  await expect(box).toHaveValue(word)

  await box.fill(`${word}-nothing-like-this ${uniqueName('x')}`)
  await box.press('Enter')
  await expect(page.getByText(/No articles match/)).toBeVisible()
})

test('pages point feed readers at the site, tag and author feeds, which serve Atom', async ({
  anonymousPage,
  request,
}) => {
  const author = await registerUser(request)
  const tag = uniqueName('feedtag')
  const article = await createArticle(request, author, {
    title: `Feed me ${uniqueName('')}`,
    description: 'For feed readers',
    body: 'Hello **feeds**',
    tagList: [tag],
  })
  const page = await anonymousPage()
  const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]')

  await page.goto('/')
  await expect(feedLink).toHaveAttribute('href', '/feed.atom')
  await page.goto(`/?tag=${tag}`)
  await expect(feedLink).toHaveAttribute('href', `/tag/${tag}/feed.atom`)
  await page.goto(`/profile/${author.username}`)
  await expect(feedLink).toHaveAttribute('href', `/profile/${author.username}/feed.atom`)

  for (const path of ['/feed.atom', `/tag/${tag}/feed.atom`, `/profile/${author.username}/feed.atom`]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toContain('application/atom+xml')
    const xml = await response.text()
    expect(xml, path).toContain(`<title type="html"><![CDATA[${article.title}]]></title>`)
    expect(xml).toContain('<strong>feeds</strong>')
  }
})
