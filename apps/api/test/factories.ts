import { randomBytes } from 'node:crypto'
import type { TestApp } from './build-test-app'

export const auth = (token: string) => ({ authorization: `Token ${token}` })

export type TestUser = {
  username: string
  email: string
  password: string
  token: string
  refreshToken: string
}

export async function registerUser(
  app: TestApp,
  overrides: Partial<{ username: string; email: string; password: string }> = {},
) {
  const suffix = randomBytes(4).toString('hex')
  const input = {
    username: `user_${suffix}`,
    email: `user_${suffix}@example.com`,
    password: 'correct horse battery',
    ...overrides,
  }
  const response = await app.inject({ method: 'POST', url: '/api/users', payload: { user: input } })
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`)
  const { user } = response.json()
  return { ...input, token: user.token, refreshToken: user.refreshToken } as TestUser
}

export async function createArticle(
  app: TestApp,
  token: string,
  overrides: Partial<{ title: string; description: string; body: string; tagList: string[] }> = {},
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
