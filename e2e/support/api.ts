import { randomUUID } from 'node:crypto'
import { type APIRequestContext, expect } from '@playwright/test'

// Test data made through the real API (via the host's /api rewrite), never the database.

export type TestUser = {
  username: string
  email: string
  password: string
  token: string
  refreshToken: string
}
export type ArticleInput = { title: string; description: string; body: string; tagList?: string[] }
export type CreatedArticle = ArticleInput & { slug: string }

export function uniqueName(prefix: string): string {
  return `${prefix}${randomUUID().slice(0, 8)}`
}

export async function registerUser(request: APIRequestContext, prefix = 'user'): Promise<TestUser> {
  const username = uniqueName(prefix)
  const email = `${username}@e2e.example`
  const password = 'correct-horse-battery'
  const response = await request.post('/api/users', { data: { user: { username, email, password } } })
  expect(response.status(), await response.text()).toBe(201)
  const { user } = (await response.json()) as { user: { token: string; refreshToken: string } }
  return { username, email, password, token: user.token, refreshToken: user.refreshToken }
}

export async function createArticle(
  request: APIRequestContext,
  author: TestUser,
  input: ArticleInput,
): Promise<CreatedArticle> {
  const response = await request.post('/api/articles', {
    headers: { authorization: `Token ${author.token}` },
    data: { article: input },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { article } = (await response.json()) as { article: { slug: string } }
  return { ...input, slug: article.slug }
}
