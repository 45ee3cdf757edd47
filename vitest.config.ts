import { defineConfig } from 'vitest/config'

const apiProject = (database: 'sqlite' | 'postgres') => ({
  test: {
    name: `api:${database}`,
    root: 'apps/api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    env: { TEST_DB: database },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})

/** The API suites run on SQLite always, and again on PostgreSQL when TEST_DATABASE_URL names one. */
export default defineConfig({
  test: {
    projects: [
      apiProject('sqlite'),
      ...(process.env.TEST_DATABASE_URL ? [apiProject('postgres')] : []),
      'apps/web/vitest.config.ts',
      'apps/host/vitest.config.ts',
    ],
  },
})
