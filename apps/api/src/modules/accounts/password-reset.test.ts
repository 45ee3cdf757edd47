import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, registerUser } from '../../../test/factories'
import { type SmtpSink, startSmtpSink, tokenIn } from '../../../test/smtp-sink'

let app: TestApp
let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
  app = await buildTestApp({
    env: { SMTP_URL: sink.url, APP_URL: 'https://conduit.example', MAIL_RATE_LIMIT_ACCOUNT: '3' },
  })
})
afterAll(async () => {
  await app?.close()
  await sink?.close()
})

const requestReset = (email: string) =>
  app.inject({ method: 'POST', url: '/api/users/password-reset', payload: { user: { email } } })
const confirm = (payload: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/users/password-reset/confirm', payload })
const login = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/users/login', payload: { user: { email, password } } })

async function resetToken(email: string): Promise<string> {
  const seen = sink.to(email).filter((mail) => mail.subject.includes('Reset')).length
  expect((await requestReset(email)).statusCode).toBe(202)
  await app.outbox.idle()
  const mails = sink.to(email).filter((mail) => mail.subject.includes('Reset'))
  expect(mails.length).toBe(seen + 1)
  return tokenIn(mails[seen] as NonNullable<(typeof mails)[number]>, 'reset-password')
}

describe('POST /api/users/password-reset', () => {
  it('answers known and unknown addresses alike, and mails only the known one a link', async () => {
    const user = await registerUser(app)
    const known = await requestReset(user.email.toUpperCase())
    const unknown = await requestReset('nobody-here@example.com')
    expect(known.statusCode).toBe(202)
    expect(unknown.statusCode).toBe(202)
    expect(known.body).toBe(unknown.body)
    await app.outbox.idle()
    const mail = sink.to(user.email).find((received) => received.subject.includes('Reset'))
    expect(mail?.text).toMatch(/https:\/\/conduit\.example\/reset-password\?token=[\w-]{43}/)
    expect(mail?.html).toContain('https://conduit.example/reset-password?token=')
    expect(sink.to('nobody-here@example.com')).toEqual([])
  })

  it('returns 422 for a missing or malformed address', async () => {
    expect(
      (await app.inject({ method: 'POST', url: '/api/users/password-reset', payload: {} })).statusCode,
    ).toBe(422)
    const bad = await requestReset('not-an-email')
    expect(bad.statusCode).toBe(422)
    expect(bad.json()).toEqual({ errors: { email: ['is invalid'] } })
  })

  it('stops mailing an address past its quota, with the same 202', async () => {
    const user = await registerUser(app)
    const answers = []
    for (let i = 0; i < 5; i += 1) answers.push(await requestReset(user.email))
    expect(answers.map((answer) => answer.statusCode)).toEqual([202, 202, 202, 202, 202])
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
    await app.outbox.idle()
    expect(sink.to(user.email).filter((mail) => mail.subject.includes('Reset'))).toHaveLength(3)
  })
})

describe('POST /api/users/password-reset/confirm', () => {
  it('sets the password, signs in, and ends every other session', async () => {
    const user = await registerUser(app)
    const token = await resetToken(user.email)
    const response = await confirm({ token, password: 'a new password 1' })
    expect(response.statusCode).toBe(200)
    const { user: signedIn } = response.json()
    expect(signedIn).toMatchObject({ username: user.username, email: user.email, emailVerified: true })
    expect(signedIn.refreshToken).toBeTypeOf('string')
    expect((await app.inject({ url: '/api/user', headers: auth(signedIn.token) })).statusCode).toBe(200)
    const old = await app.inject({
      method: 'POST',
      url: '/api/users/refresh',
      payload: { refreshToken: user.refreshToken },
    })
    expect(old.statusCode).toBe(401)
    const fresh = await app.inject({
      method: 'POST',
      url: '/api/users/refresh',
      payload: { refreshToken: signedIn.refreshToken },
    })
    expect(fresh.statusCode).toBe(200)
    expect((await login(user.email, user.password)).statusCode).toBe(401)
    expect((await login(user.email, 'a new password 1')).statusCode).toBe(200)
  })

  it('takes a token once', async () => {
    const user = await registerUser(app)
    const token = await resetToken(user.email)
    expect((await confirm({ token, password: 'first new password' })).statusCode).toBe(200)
    const again = await confirm({ token, password: 'second new password' })
    expect(again.statusCode).toBe(401)
    expect(again.json()).toEqual({ errors: { token: ['is invalid, used or expired'] } })
  })

  it('refuses an unknown token with 401 and a weak password or missing field with 422', async () => {
    expect((await confirm({ token: 'made-up', password: 'long enough pw' })).statusCode).toBe(401)
    const weak = await confirm({ token: 'made-up', password: 'short' })
    expect(weak.statusCode).toBe(422)
    expect(weak.json().errors).toHaveProperty('password')
    expect((await confirm({ password: 'long enough pw' })).json().errors).toHaveProperty('token')
  })

  it('refuses a token once the password changed another way', async () => {
    const user = await registerUser(app)
    const token = await resetToken(user.email)
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: { user: { password: 'changed in settings' } },
    })
    expect(changed.statusCode).toBe(200)
    expect((await confirm({ token, password: 'from the old mail' })).statusCode).toBe(401)
    expect((await login(user.email, 'changed in settings')).statusCode).toBe(200)
  })

  it('refuses an expired token', async () => {
    const short = await buildTestApp({ env: { SMTP_URL: sink.url, PASSWORD_RESET_TTL: '1' } })
    try {
      const user = await registerUser(short)
      await short.inject({
        method: 'POST',
        url: '/api/users/password-reset',
        payload: { user: { email: user.email } },
      })
      await short.outbox.idle()
      const mail = sink.to(user.email).find((received) => received.subject.includes('Reset'))
      if (!mail) throw new Error('no reset mail')
      await new Promise((resolve) => setTimeout(resolve, 1_100))
      const response = await short.inject({
        method: 'POST',
        url: '/api/users/password-reset/confirm',
        payload: { token: tokenIn(mail, 'reset-password'), password: 'too late now' },
      })
      expect(response.statusCode).toBe(401)
    } finally {
      await short.close()
    }
  })
})
