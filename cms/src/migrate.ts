import type { Payload } from 'payload'
import { migrations as mongodbMigrations } from './migrations/mongodb'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export type Migration = (typeof sqliteMigrations)[number]
/** Payload types a migration's arguments as `unknown`; the adapter's files type them as its own. */
type PayloadMigrations = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>

/** The committed migrations of the adapter this Payload runs on, oldest first. */
export function committedMigrations(payload: Payload): Migration[] {
  return payload.db.name === 'mongoose' ? mongodbMigrations : sqliteMigrations
}

/**
 * Applies the committed migrations that this database has not run yet, in one batch, and returns
 * their names. Payload runs each in a transaction and records it in `payload-migrations`.
 *
 * A database that `npm start` made has its schema pushed by Payload's development mode (recorded as
 * batch -1), not built by migrations; Payload's own `migrate` would stop at an interactive prompt
 * warning of data loss. A server has nobody to answer it, so this refuses with what to do instead.
 */
export async function migrateDatabase(payload: Payload, migrations = committedMigrations(payload)): Promise<string[]> {
  const applied = await appliedMigrations(payload)
  if (applied.some((migration) => migration.batch === -1)) {
    throw new Error(
      'This database was made by the development start (`npm start`), which pushes the schema without migrations; ' +
        'production runs on a database built by migrations. Start production on an empty data folder (DATA_DIR), ' +
        'or keep using `npm start` for this one.',
    )
  }
  const done = new Set(applied.map((migration) => migration.name))
  const pending = migrations.filter((migration) => !done.has(migration.name))
  if (pending.length > 0) await payload.db.migrate({ migrations: pending as unknown as PayloadMigrations })
  return pending.map((migration) => migration.name)
}

async function appliedMigrations(payload: Payload): Promise<{ name: string; batch: number }[]> {
  try {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
    return docs.map((doc) => ({ name: String(doc.name), batch: Number(doc.batch) }))
  } catch (error) {
    // A new, empty database has no migrations table yet: nothing has run.
    if (/no such table/i.test(messageChain(error))) return []
    throw error
  }
}

/** Drizzle wraps the driver's error ("no such table") in a "Failed query" error of its own. */
function messageChain(error: unknown): string {
  const messages: string[] = []
  for (let cause = error; cause instanceof Error; cause = cause.cause) messages.push(cause.message)
  return messages.join('\n')
}
