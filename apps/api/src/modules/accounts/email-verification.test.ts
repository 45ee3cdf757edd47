import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, registerUser } from '../../../test/factories'
import { type SmtpSink, startSmtpSink, tokenIn } from '../../../test/smtp-sink'

let app: TestApp
let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
  app = await buildTestApp({
    env: { SMTP_URL: sink.url, APP_URL: 'https://conduit.example', MAIL_RATE_LIMIT_ACCOUNT: '2' },
  })
})
afterAll(async () => {
  await app?.close()
  await sink?.close()
})

const verify = (token: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/users/verify-email', headers, payload: { token } })
const current = (token: string) => app.inject({ url: '/api/user', headers: auth(token) })

async function verificationMails(email: string) {
  await app.outbox.idle()
  return sink.to(email).filter((mail) => mail.subject.startsWith('Confirm'))
}

describe('email verification', () => {
  it('mails a link on sign-up; the user starts unverified', async () => {
    const user = await registerUser(app)
    expect((await current(user.token)).json().user.emailVerified).toBe(false)
    const [mail] = await verificationMails(user.email)
    expect(mail?.text).toMatch(/https:\/\/conduit\.example\/verify-email\?token=[\w-]{43}/)
  })

  it('verifies with 204 when anonymous, once', async () => {
    const user = await registerUser(app)
    const [mail] = await verificationMails(user.email)
    if (!mail) throw new Error('no verification mail')
    const token = tokenIn(mail, 'verify-email')
    const first = await verify(token)
    expect(first.statusCode).toBe(204)
    expect(first.body).toBe('')
    expect((await current(user.token)).json().user.emailVerified).toBe(true)
    const again = await verify(token)
    expect(again.statusCode).toBe(401)
    expect(again.json()).toEqual({ errors: { token: ['is invalid, used or expired'] } })
  })

  it('answers 200 with the user when signed in', async () => {
    const user = await registerUser(app)
    const [mail] = await verificationMails(user.email)
    if (!mail) throw new Error('no verification mail')
    const response = await verify(tokenIn(mail, 'verify-email'), auth(user.token))
    expect(response.statusCode).toBe(200)
    expect(response.json().user).toMatchObject({ username: user.username, emailVerified: true })
  })

  it('returns 401 for an unknown token and 422 for a missing one', async () => {
    expect((await verify('nope')).statusCode).toBe(401)
    const missing = await app.inject({ method: 'POST', url: '/api/users/verify-email', payload: {} })
    expect(missing.statusCode).toBe(422)
  })

  it('changing the email unverifies it, mails the new address a link and the old one a notice', async () => {
    const user = await registerUser(app)
    const [first] = await verificationMails(user.email)
    if (!first) throw new Error('no verification mail')
    await verify(tokenIn(first, 'verify-email'))
    const newEmail = `new-${user.email}`
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: { user: { email: newEmail } },
    })
    expect(changed.json().user).toMatchObject({ email: newEmail, emailVerified: false })
    const [link] = await verificationMails(newEmail)
    const notice = sink.to(user.email).find((mail) => mail.subject.includes('was changed'))
    expect(notice?.text).toContain(newEmail)
    expect(notice?.text).not.toMatch(/token=/)
    if (!link) throw new Error('no verification mail to the new address')
    expect((await verify(tokenIn(link, 'verify-email'))).statusCode).toBe(204)
    expect((await current(user.token)).json().user.emailVerified).toBe(true)
  })

  it('a link to an address the account no longer has proves nothing', async () => {
    const user = await registerUser(app)
    const [old] = await verificationMails(user.email)
    if (!old) throw new Error('no verification mail')
    await app.inject({
      method: 'PUT',
      url: '/api/user',
      headers: auth(user.token),
      payload: { user: { email: `moved-${user.email}` } },
    })
    expect((await verify(tokenIn(old, 'verify-email'))).statusCode).toBe(401)
    expect((await current(user.token)).json().user.emailVerified).toBe(false)
  })

  it('resends on request, within a quota', async () => {
    const user = await registerUser(app)
    const resend = () =>
      app.inject({ method: 'POST', url: '/api/user/verify-email', headers: auth(user.token) })
    expect((await resend()).statusCode).toBe(204)
    expect((await resend()).statusCode).toBe(204)
    const third = await resend()
    expect(third.statusCode).toBe(429)
    expect(third.json().errors).toHaveProperty('body')
    expect(await verificationMails(user.email)).toHaveLength(3)
    expect((await app.inject({ method: 'POST', url: '/api/user/verify-email' })).statusCode).toBe(401)
  })
})
