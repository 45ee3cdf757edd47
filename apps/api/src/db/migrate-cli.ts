import { loadConfig } from '../config'
import { createDatabase } from './database'
import { migrateToLatest } from './migrate'

const database = await createDatabase(loadConfig().databaseUrl)
await migrateToLatest(database)
await database.db.destroy()
console.log('migrations applied')
