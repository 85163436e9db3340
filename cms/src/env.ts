import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Every setting the CMS reads from the environment, in one place, with its default.
 *
 * DATA_DIR      where the embedded database, uploads and the generated secret live (default: <repo>/data)
 * DATABASE_URI  empty → SQLite file in DATA_DIR; `mongodb://…` or `mongodb+srv://…` → MongoDB;
 *               `file:…` or `:memory:` → that SQLite database (tests use `:memory:`)
 * PAYLOAD_SECRET signs sessions; without it a random one is generated once into DATA_DIR/secret
 * REBUILD_URL   control API of the rebuild service, for the admin's Site builds view (default http://localhost:4322)
 * REBUILD_TOKEN bearer token the CMS uses to ask the rebuild service for a rebuild
 * LOG_LEVEL     pino level of the CMS log (default info; tests use silent)
 * SERVER_URL    public URL of the CMS, used in links the admin prints (default http://localhost:3000)
 * NEXT_DIST_DIR Next.js build folder inside cms/ (default .next), read by next.config.ts: one dev server per folder
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export const dataDir = (() => {
  const configured = process.env.DATA_DIR
  if (!configured) return join(repoRoot, 'data')
  return isAbsolute(configured) ? configured : resolve(repoRoot, configured)
})()

export const mediaDir = join(dataDir, 'media')

export type DatabaseChoice = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

export function databaseChoice(uri = process.env.DATABASE_URI ?? ''): DatabaseChoice {
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', url: uri }
  if (uri === '') return { kind: 'sqlite', url: `file:${join(dataDir, 'cms.db')}` }
  if (uri.startsWith('file:') || uri === ':memory:' || uri.startsWith('libsql:')) return { kind: 'sqlite', url: uri }
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//***@')}" is not supported: use a mongodb:// URI, a file: SQLite URL, or leave it empty for the embedded database`,
  )
}

/** The secret from PAYLOAD_SECRET, or one generated once into the data folder (never committed). */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = join(dataDir, 'secret')
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
  }
  return readFileSync(file, 'utf8').trim()
}

export const serverURL = process.env.SERVER_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`

/** The CMS server works scheduled jobs (scheduled publishing); scripts and tests set JOBS_AUTORUN=false. */
export const runScheduledJobs = process.env.JOBS_AUTORUN !== 'false' && !process.env.VITEST

export const logLevel = process.env.LOG_LEVEL ?? 'info'

export const rebuildService = {
  url: process.env.REBUILD_URL ?? 'http://localhost:4322',
  token: process.env.REBUILD_TOKEN,
}
