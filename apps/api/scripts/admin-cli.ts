/**
 * `npm run admin -- create --email <e> --username <u> --password <p>`: creates an admin, or makes the account
 * with that email an admin (its username and password stay as they are).
 * `npm run admin -- role <email> <user|moderator|admin>`: changes an account's role.
 * Works on DATABASE_URL (SQLite or PostgreSQL) after applying the migrations. Input is checked as sign-up
 * checks it (the same schema, validator and users service); a refusal is one line on stderr and exit code 1,
 * a misuse prints the usage and exits 2.
 */
import { parseArgs } from 'node:util'
import Fastify from 'fastify'
import { loadConfig } from '../src/config'
import { createDatabase, type DatabaseHandle, type Db } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import type { Role } from '../src/db/schema'
import { AppError, type FieldErrors } from '../src/lib/app-error'
import { RegisterBody } from '../src/modules/users/users.schemas'
import { validationErrors } from '../src/plugins/errors'
import { createBodyValidator } from '../src/plugins/http'
import { registerOutbox } from '../src/plugins/mail'
import { createServices, type Services } from '../src/services'

const USAGE = `usage:
  npm run admin -- create --email <email> --username <username> --password <password>
  npm run admin -- role <email> <user|moderator|admin>`

const ROLES: readonly Role[] = ['user', 'moderator', 'admin']

/** A refusal the operator can act on: printed as one line, exit code 1. */
class Refusal extends Error {}

/** `{"email":["is invalid"]}` → `email is invalid`, as one line. */
const oneLine = (errors: FieldErrors) =>
  Object.entries(errors)
    .map(([field, messages]) => `${field} ${messages.join(', ')}`)
    .join('; ')

function checkSignUp(user: { email: string; username: string; password: string }) {
  const validate = createBodyValidator().compile(RegisterBody)
  const body = { user }
  if (!validate(body)) throw new Refusal(oneLine(validationErrors(validate.errors ?? [], 'body')))
  return body.user
}

async function create(services: Context, user: { email: string; username: string; password: string }) {
  const input = checkSignUp(user)
  const { users } = services
  const existing = await users.findByEmail(input.email)
  if (existing) {
    await users.setRole(services.db, existing.id, 'admin')
    return `${existing.email} (${existing.username}) is now an admin; its username and password are unchanged`
  }
  const created = await users.createAccount(input)
  await users.setRole(services.db, created.id, 'admin')
  return `admin ${created.username} <${created.email}> created`
}

async function changeRole(services: Context, email: string, role: string) {
  if (!(ROLES as readonly string[]).includes(role))
    throw new Refusal(`role must be one of ${ROLES.join(', ')} (got "${role}")`)
  const account = await services.users.findByEmail(email)
  if (!account) throw new Refusal(`no account has the email ${email}`)
  await services.users.setRole(services.db, account.id, role as Role)
  return `${account.email} (${account.username}) is now ${role === 'admin' ? 'an' : 'a'} ${role}`
}

type Context = Services & { db: Db }
type Command = { run: (context: Context) => Promise<string> }

function parse(argv: string[]): Command | null {
  const [command, ...rest] = argv
  if (command === 'create') {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' } },
      strict: false,
      allowPositionals: true,
    })
    const { email, username, password } = values
    if (positionals.length > 0) return null
    if (typeof email !== 'string' || typeof username !== 'string' || typeof password !== 'string') return null
    return { run: (services) => create(services, { email, username, password }) }
  }
  if (command === 'role' && rest.length === 2) {
    const [email = '', role = ''] = rest
    return { run: (services) => changeRole(services, email, role) }
  }
  return null
}

async function main(argv: string[]): Promise<number> {
  const command = parse(argv)
  if (!command) {
    console.error(USAGE)
    return 2
  }
  const config = loadConfig()
  let database: DatabaseHandle | undefined
  // The services want an outbox; nothing here sends mail, and the host only owns its lifetime.
  const host = Fastify({ logger: false })
  try {
    database = await createDatabase(config.databaseUrl)
    await migrateToLatest(database)
    // Without `url` no change listener starts: nothing here caches pages, and the CLI exits at once.
    const services = createServices({ ...database, url: undefined }, config, {
      outbox: registerOutbox(host, config),
      mailQuota: { take: async () => true },
    })
    try {
      console.log(await command.run({ ...services, db: database.db }))
      return 0
    } finally {
      await services.changes.close()
    }
  } catch (error) {
    if (error instanceof Refusal) console.error(`admin: ${error.message}`)
    else if (error instanceof AppError) console.error(`admin: ${oneLine(error.errors)}`)
    else console.error(`admin: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await host.close()
    await database?.db.destroy()
  }
}

process.exitCode = await main(process.argv.slice(2))
