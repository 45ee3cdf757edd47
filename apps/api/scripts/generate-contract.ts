/** `npm run contract`: the API's OpenAPI document and the TypeScript types generated from it. */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { createDatabase } from '../src/db/database'

const contractDir = new URL('../../../packages/api-contract/', import.meta.url)
const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), SEED_DEMO: '0' })
const app = await buildApp(config, { database: await createDatabase('sqlite::memory:') })
await app.ready()
const document = app.swagger()
await app.close()

const jsonPath = fileURLToPath(new URL('openapi.json', contractDir))
writeFileSync(jsonPath, `${JSON.stringify(document, null, 2)}\n`)
const typesPath = fileURLToPath(new URL('schema.d.ts', contractDir))
writeFileSync(typesPath, astToString(await openapiTS(JSON.parse(readFileSync(jsonPath, 'utf8')))))
console.log(`wrote ${jsonPath} and ${typesPath}`)
