import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'

// The e2e stacks run on SQLite files under E2E_DB_DIR (see playwright.config.ts); the admin CLI
// works on DATABASE_URL, so a spec can make a moderator the way an operator would.

type StackName = 'main' | 'short-tokens'

export function stackDatabaseUrl(stack: StackName = 'main'): string {
  const dir = process.env.E2E_DB_DIR ?? resolve('test-results/e2e-db')
  return `sqlite:${join(dir, `${stack}.sqlite`)}`
}

/** `npm run admin -- role <email> <role>` against the stack's database; throws with its output on failure. */
export function setRole(email: string, role: 'user' | 'moderator' | 'admin', stack: StackName = 'main') {
  execFileSync('npm', ['run', '--silent', 'admin', '--', 'role', email, role], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, DATABASE_URL: stackDatabaseUrl(stack), LOG_LEVEL: 'warn' },
    stdio: 'pipe',
    timeout: 60_000,
  })
}
