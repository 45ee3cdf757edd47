/** `npm run seed`: migrates the configured database and loads the demo content through the API. */
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { createDatabase } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { seedDemo } from './seed-demo'

const config = loadConfig()
const database = await createDatabase(config.databaseUrl)
await migrateToLatest(database)
const app = await buildApp(config, { database })
try {
  await seedDemo(app)
  console.log('demo data loaded (sign in as ada@conduit.example / conduit-demo)')
} finally {
  await app.close()
}
