import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { getPayload, type Payload } from 'payload'
import { createUser, login } from './rest'

/**
 * A real Payload on a database of its own for one test file: in-memory SQLite by default, a new
 * SQLite file in the test data folder with `{ sqlite: 'file' }` (WAL and transactions, as in
 * production), or a fresh database on the MongoDB server named by MONGODB_URI (dropped again by
 * `stopPayload`).
 */
export async function startPayload(
  options: { sqlite?: 'memory' | 'file'; organisation?: boolean } = {},
): Promise<Payload> {
  const mongo = process.env.MONGODB_URI
  process.env.DATABASE_URI = mongo
    ? withDatabaseName(mongo, `union_test_${randomUUID().slice(0, 8)}`)
    : options.sqlite === 'file'
      ? `file:${join(process.env.DATA_DIR ?? '.', `test-${randomUUID().slice(0, 8)}.db`)}`
      : ':memory:'
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  if (options.organisation !== false) await ensureTestOrganisation(payload)
  return payload
}

/**
 * Every document belongs to an organisation. Test files get one, "Testiliitto", unless they ask for
 * none (`organisation: false`); on a CMS with a single organisation new documents belong to it
 * without naming it.
 */
export async function ensureTestOrganisation(payload: Payload): Promise<number> {
  const found = await payload.find({ collection: 'organisations', where: { slug: { equals: 'test' } }, limit: 1 })
  if (found.docs[0]) return Number(found.docs[0].id)
  const created = await payload.create({ collection: 'organisations', data: { name: 'Testiliitto', slug: 'test' } })
  return Number(created.id)
}

export async function stopPayload(payload: Payload): Promise<void> {
  const connection = (payload.db as { connection?: { dropDatabase?: () => Promise<unknown> } }).connection
  if (process.env.MONGODB_URI && connection?.dropDatabase) await connection.dropDatabase()
  await payload.destroy()
}

function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/** A Payload of its own with an admin logged in over REST, for test files that work as an admin. */
export async function startAdminSession(
  options: Parameters<typeof startPayload>[0] = {},
): Promise<{ payload: Payload; token: string }> {
  const payload = await startPayload(options)
  const admin = await createUser(payload, 'admin@example.org', ['admin'])
  return { payload, token: await login(payload, 'admin@example.org', admin.password) }
}
