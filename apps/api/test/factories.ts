import { randomBytes } from 'node:crypto'
import type { TestApp } from './build-test-app'
import { type NewUser, newUser, type Post, type SignedUpUser, signUp } from './sign-up'

export const auth = (token: string) => ({ authorization: `Token ${token}` })

export type TestUser = SignedUpUser

export function registerUser(app: TestApp, overrides: Partial<NewUser> = {}): Promise<TestUser> {
  const post: Post = async (url, payload) => {
    const response = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> })
    return { status: response.statusCode, json: response.json() }
  }
  return signUp(post, newUser('user', overrides))
}

export async function createArticle(
  app: TestApp,
  token: string,
  overrides: Partial<{
    title: string
    description: string
    body: string
    tagList: string[]
    published: boolean
  }> = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: auth(token),
    payload: {
      article: {
        title: `Title ${randomBytes(3).toString('hex')}`,
        description: 'About it',
        body: '# Hello\n\nworld',
        ...overrides,
      },
    },
  })
  if (response.statusCode !== 201)
    throw new Error(`create article failed: ${response.statusCode} ${response.body}`)
  return response.json().article as { slug: string; title: string; tagList: string[] }
}
