import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium'
import { mainStack, SHORT_ACCESS_TOKEN_TTL_SECONDS, type Stack, shortTokenStack } from './e2e/support/stacks'

// Fresh databases for every run, kept afterwards for a look at what a failing run left behind.
// Workers re-read this file: the env var stops them wiping what the main process made.
if (!process.env.E2E_DB_DIR) {
  process.env.E2E_DB_DIR = resolve('test-results/e2e-db')
  rmSync(process.env.E2E_DB_DIR, { recursive: true, force: true })
  mkdirSync(process.env.E2E_DB_DIR, { recursive: true })
}
const dbDir = process.env.E2E_DB_DIR

/** The whole system as `npm start` runs it (builds the web app if stale, then API + host). */
function startStack(name: string, stack: Stack, env: Record<string, string> = {}) {
  return {
    name,
    command: 'node scripts/start.mjs',
    url: `${stack.baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    // start.mjs stops its children on SIGTERM; the default SIGKILL would leave them running.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
    env: {
      API_PORT: String(stack.apiPort),
      PORT: String(stack.hostPort),
      MAIL_CATCHER_PORT: String(stack.mailPort),
      MAIL_CATCHER_SMTP_PORT: '0',
      DATABASE_URL: `sqlite:${join(dbDir, `${name}.sqlite`)}`,
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_IP: '10000',
      AUTH_RATE_LIMIT_ACCOUNT: '10000',
      ...env,
    },
  }
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'test-results/e2e-report', open: 'never' }]],
  use: {
    baseURL: mainStack.baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium' }],
  // Started one after the other, so only the first one builds a stale web app.
  webServer: [
    startStack('main', mainStack),
    startStack('short-tokens', shortTokenStack, { ACCESS_TOKEN_TTL: String(SHORT_ACCESS_TOKEN_TTL_SECONDS) }),
  ],
})
