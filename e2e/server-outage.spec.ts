import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { request as playwrightRequest } from '@playwright/test'
import {
  type ApiProcess,
  freePort,
  REPO_ROOT,
  startBundledApi,
  waitForHealth,
} from '../apps/api/test/api-process'
import { REFRESH_TOKEN_KEY, TOKEN_KEY } from '../apps/web/src/lib/storage-keys'
import { expect, storedTokens, test } from './fixtures'
import { registerUser } from './support/api'

// The shared stacks cannot lose their API mid-run, so this spec starts its own: an API process on a
// free port and a host in front of it serving the built app. The API runs as the bundle, which starts
// again within seconds even while the browser and the other stacks keep the CPU busy (from the
// sources, tsx needed over 30 s on a loaded machine).

let api: ApiProcess
let host: ChildProcess
let hostUrl: string
let dataDir: string
let apiPort: number
let apiEnv: Record<string, string>

test.beforeAll(async () => {
  test.setTimeout(120_000)
  dataDir = mkdtempSync(join(tmpdir(), 'conduit-outage-'))
  apiPort = await freePort()
  apiEnv = {
    DATABASE_URL: `sqlite:${join(dataDir, 'conduit.sqlite')}`,
    AUTH_RATE_LIMIT_IP: '10000',
    AUTH_RATE_LIMIT_ACCOUNT: '10000',
  }
  const build = spawnSync('npm', ['run', 'build', '-w', '@conduit/api'], { cwd: REPO_ROOT, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('the API build failed')
  api = await startBundledApi(apiEnv, apiPort)
  const hostPort = await freePort()
  host = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'apps/host/src/server.ts')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(hostPort),
      API_ORIGIN: api.url,
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  })
  hostUrl = `http://127.0.0.1:${hostPort}`
  await waitForHealth(hostUrl, 30_000)
})

test.afterAll(async () => {
  host?.kill('SIGTERM')
  await api?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('shows "can\'t reach the server" while the API is down and recovers without signing out', async ({
  browser,
  problems,
}) => {
  test.setTimeout(120_000)
  const request = await playwrightRequest.newContext({ baseURL: hostUrl })
  const user = await registerUser(request)
  await request.dispose()
  const context = await browser.newContext({
    baseURL: hostUrl,
    storageState: {
      cookies: [],
      origins: [
        {
          origin: hostUrl,
          localStorage: [
            { name: TOKEN_KEY, value: user.token },
            { name: REFRESH_TOKEN_KEY, value: user.refreshToken },
          ],
        },
      ],
    },
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: user.username })).toBeVisible()

  await api.stop()
  await nav.getByRole('link', { name: user.username }).click()
  const notice = page.getByRole('alert').filter({ hasText: "Can't reach the server" })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible()
  expect(await storedTokens(page)).toEqual({ token: user.token, refreshToken: user.refreshToken })

  api = await startBundledApi(apiEnv, apiPort)
  await expect(notice).toBeHidden({ timeout: 15_000 })
  await expect(page.getByRole('heading', { name: user.username })).toBeVisible()
  await expect(nav.getByRole('link', { name: user.username })).toBeVisible()
  expect(page.url()).not.toContain('/login')
  expect(await storedTokens(page)).toEqual({ token: user.token, refreshToken: user.refreshToken })
  await context.close()
})
