import { buildApp } from '../app'
import { loadConfig } from '../config'
import { createDatabase } from './database'
import { migrateToLatest } from './migrate'
import { seedDemo } from './seed'

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
