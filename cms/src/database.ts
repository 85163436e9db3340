import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'
import { databaseChoice, dataDir } from './env'
import { oneWriterAtATime, transactionSettings } from './sqliteTransactions'

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations')
/**
 * Each adapter's migrations, committed and run by the production start (scripts/migrate.ts). SQLite's
 * are the schema's SQL; MongoDB has no schema to migrate, so its folder holds data migrations only.
 * Both are named here: Payload would otherwise pick whichever `src/migrations` the working folder has.
 */
export const migrationDirs = { sqlite: join(migrationsDir, 'sqlite'), mongodb: join(migrationsDir, 'mongodb') }

/** Embedded SQLite unless DATABASE_URI is a MongoDB URI. */
export function databaseAdapter(): Config['db'] {
  const choice = databaseChoice()
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url, migrationDir: migrationDirs.mongodb })
  if (choice.url.startsWith(`file:${dataDir}`)) mkdirSync(dataDir, { recursive: true })
  return oneWriterAtATime(
    sqliteAdapter({
      client: { url: choice.url },
      migrationDir: migrationDirs.sqlite,
      ...transactionSettings(choice.url),
    }),
  )
}
