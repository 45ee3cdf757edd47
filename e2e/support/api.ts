import { randomUUID } from 'node:crypto'
import { type APIRequestContext, expect } from '@playwright/test'
import { newUser, type Post, type SignedUpUser, signUp } from '../../apps/api/test/sign-up'

// Test data made through the real API (via the host's /api rewrite), never the database.

export type TestUser = SignedUpUser
export type ArticleInput = { title: string; description: string; body: string; tagList?: string[] }
export type CreatedArticle = ArticleInput & { slug: string }

export function uniqueName(prefix: string): string {
  return `${prefix}${randomUUID().slice(0, 8)}`
}

export function registerUser(request: APIRequestContext, prefix = 'user'): Promise<TestUser> {
  const post: Post = async (path, data) => {
    const response = await request.post(path, { data })
    return { status: response.status(), json: await response.json().catch(() => null) }
  }
  return signUp(post, newUser(prefix))
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
