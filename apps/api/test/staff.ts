import type { Kysely } from 'kysely'
import type { Database, Role } from '../src/db/schema'

/** Gives an account a role directly in the database, as the admin CLI would: tests need staff to act. */
export async function setRole(db: Kysely<Database>, username: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role }).where('username', '=', username).execute()
}
