import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

const base = { JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'sqlite::memory:' }

describe('mail configuration', () => {
  it('builds links from the web host by default and trims a trailing slash', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).appUrl).toBe('http://127.0.0.1:8080')
    expect(loadConfig({ ...base, NODE_ENV: 'test', PORT: '9000' }).appUrl).toBe('http://127.0.0.1:9000')
    expect(loadConfig({ ...base, APP_URL: 'https://conduit.example/' }).appUrl).toBe(
      'https://conduit.example',
    )
  })

  it('names a bad SMTP_URL', () => {
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/)
  })

  it('refuses production mail without APP_URL', () => {
    const env = { ...base, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' }
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(loadConfig({ ...env, APP_URL: 'https://conduit.example' }).mail.smtpUrl).toBe(env.SMTP_URL)
  })
})
