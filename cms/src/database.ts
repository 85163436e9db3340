import { mkdirSync } from 'node:fs'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'
import { databaseChoice, dataDir } from './env'

/** Embedded SQLite unless DATABASE_URI is a MongoDB URI. */
export function databaseAdapter(): Config['db'] {
  const choice = databaseChoice()
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  if (choice.url.startsWith(`file:${dataDir}`)) mkdirSync(dataDir, { recursive: true })
  return sqliteAdapter({ client: { url: choice.url } })
}
