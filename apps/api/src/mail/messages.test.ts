import { describe, expect, it } from 'vitest'
import { emailChangedMail, emailVerificationMail, passwordResetMail } from './messages'

// The API refuses such usernames today; accounts from elsewhere (imports, older rules) may still hold them.
const hostile = { email: 'x@example.com', username: `<b>x</b><img src=x onerror="alert(1)">` }

describe('mail messages', () => {
  it.each([
    ['password reset', passwordResetMail(hostile, 'https://app.example/reset-password?token=abc', 3600)],
    ['verification', emailVerificationMail(hostile, 'https://app.example/verify-email?token=abc', 172800)],
    ['email changed', emailChangedMail(hostile, `"><script>alert(1)</script>@example.com`)],
  ])('%s: user data is inert in the HTML and verbatim in the text', (_name, mail) => {
    expect(mail.html).not.toMatch(/<b>x|<img|<script/)
    expect(mail.html).toContain('&lt;b&gt;x&lt;/b&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(mail.text).toContain(hostile.username)
  })

  it('puts the link in both parts and says how long it lasts', () => {
    const mail = passwordResetMail(hostile, 'https://app.example/reset-password?token=a&b', 3600)
    expect(mail.text).toContain('https://app.example/reset-password?token=a&b')
    expect(mail.html).toContain('href="https://app.example/reset-password?token=a&amp;b"')
    expect(mail.text).toContain('within 1 hour')
  })
})
