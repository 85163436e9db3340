import type { Payload } from 'payload'

type SqlClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
type MongoConnection = {
  db: { collections: () => Promise<{ collectionName: string; countDocuments: () => Promise<number> }[]> }
}

/**
 * Rows in every table of the database (SQLite: every table sqlite_master lists; MongoDB: documents
 * in every collection), read through the adapter's own client, past Payload and its access rules:
 * a half-written save shows here even when no API can see it.
 */
export async function rowsPerTable(payload: Payload): Promise<Record<string, number>> {
  const db = payload.db as unknown as { client?: SqlClient; connection?: MongoConnection }
  const counts: Record<string, number> = {}
  if (db.client) {
    const tables = await db.client.execute("select name from sqlite_master where type = 'table'")
    for (const { name } of tables.rows) {
      const result = await db.client.execute(`select count(*) as n from "${String(name)}"`)
      counts[String(name)] = Number(result.rows[0]?.n)
    }
    return counts
  }
  for (const collection of (await db.connection?.db.collections()) ?? []) {
    counts[collection.collectionName] = await collection.countDocuments()
  }
  return counts
}

/** The tables whose row count differs, as `table: before→after`. Empty when nothing changed. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): Record<string, string> {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)])
  return Object.fromEntries(
    [...tables]
      .filter((table) => before[table] !== after[table])
      .map((table) => [table, `${before[table] ?? 0}→${after[table] ?? 0}`]),
  )
}
