import closeWithGrace from 'close-with-grace'
import { isEmpty, seedDemo } from '../scripts/seed-demo'
import { buildApp } from './app'
import { ConfigError, loadConfig } from './config'
import { createDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'

async function main() {
  const config = loadConfig()
  const database = await createDatabase(config.databaseUrl)
  await migrateToLatest(database)
  const app = await buildApp(config, {
    database,
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', '*.password', '*.token', '*.refreshToken'],
      ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty' } } : {}),
    },
  })
  if (config.seedDemo && (await isEmpty(database.db))) {
    await seedDemo(app)
    app.log.info('loaded demo data (sign in as ada@conduit.example / conduit-demo)')
  }

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error')
    else app.log.info({ signal }, 'closing: finishing in-flight requests')
    await app.close()
  })

  await app.listen({ host: config.host, port: config.port })
}

main().catch((error: unknown) => {
  // Configuration mistakes get one line, not a stack trace.
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
