import { resolve } from 'node:path'
import type { Payload } from 'payload'

type Row = Record<string, unknown>
type SqliteClient = { execute: (statement: string | { sql: string; args: unknown[] }) => Promise<{ rows: Row[] }> }

/** The libsql client of Payload's SQLite adapter: the connection Payload itself uses. */
function clientOf(payload: Payload): SqliteClient {
  const client = (payload.db as unknown as { client?: SqliteClient }).client
  if (payload.db.name !== 'sqlite' || !client) {
    throw new Error(`the CMS database adapter is ${payload.db.name}, not SQLite: a SQLite snapshot cannot be taken`)
  }
  return client
}

export type SqliteSnapshot = {
  journalMode: string
  /** Paths, relative to the media folder, of every file the copy's upload documents name. */
  mediaFiles: string[]
  /** Payload's migrations table of the copy: the schema it has. */
  migrations: { name: string; batch: number }[]
}

/**
 * Copies the live database into `target` with `VACUUM INTO`: one read transaction, so the copy is
 * the database as of one moment, whatever the running CMS writes meanwhile (in WAL mode its saves
 * carry on; in rollback-journal mode a save waits for the copy, up to its busy timeout). The copy is
 * then opened beside the live one to check its integrity, and to read its migrations and the media
 * files it refers to.
 */
export async function snapshotSqlite(payload: Payload, target: string, mediaDir: string): Promise<SqliteSnapshot> {
  const client = clientOf(payload)
  const journalMode = String((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode ?? 'unknown')
  await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  await client.execute({ sql: "ATTACH DATABASE ? AS 'backup_copy'", args: [target] })
  try {
    const integrity = (await client.execute('PRAGMA backup_copy.integrity_check')).rows.map((row) =>
      String(Object.values(row)[0]),
    )
    if (integrity.join() !== 'ok') {
      throw new Error(`the database copy failed SQLite's integrity check: ${integrity.slice(0, 3).join('; ')}`)
    }
    const migrations = (await client.execute('SELECT name, batch FROM backup_copy.payload_migrations ORDER BY id')).rows
    return {
      journalMode,
      mediaFiles: await uploadedFiles(payload, client, mediaDir),
      migrations: migrations.map((row) => ({ name: String(row.name), batch: Number(row.batch) })),
    }
  } finally {
    await client.execute("DETACH DATABASE 'backup_copy'")
  }
}

/**
 * The files named by upload documents in the copy: `filename` and every `sizes_<size>_filename`
 * of each upload collection's table. Upload collections must keep their files in the media folder,
 * which is the one the backup archives.
 */
async function uploadedFiles(payload: Payload, client: SqliteClient, mediaDir: string): Promise<string[]> {
  const files: string[] = []
  for (const collection of payload.config.collections.filter((candidate) => candidate.upload)) {
    const staticDir = collection.upload.staticDir
    if (staticDir && resolve(staticDir) !== resolve(mediaDir)) {
      throw new Error(
        `upload collection ${collection.slug} keeps its files in ${staticDir}, outside ${mediaDir}: the backup archives the media folder only`,
      )
    }
    const table = tableName(payload, collection.slug)
    const columns = (await client.execute(`PRAGMA backup_copy.table_info("${table}")`)).rows
      .map((row) => String(row.name))
      .filter((name) => name === 'filename' || /^sizes_.+_filename$/.test(name))
    if (columns.length === 0) continue
    const rows = (await client.execute(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM backup_copy."${table}"`))
      .rows
    for (const row of rows) for (const value of Object.values(row)) if (typeof value === 'string') files.push(value)
  }
  return files
}

function tableName(payload: Payload, slug: string): string {
  const map = (payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap
  const snake = slug.replace(/-/g, '_')
  return map?.get(snake) ?? snake
}
