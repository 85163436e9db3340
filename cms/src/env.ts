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
 * NODE_ENV      production → PAYLOAD_SECRET and SERVER_URL are required, the log is JSON, the schema is never pushed
 * PAYLOAD_SECRET signs sessions; without it a random one is generated once into DATA_DIR/secret (not in production)
 * REBUILD_URL   control API of the rebuild service, for the admin's Site builds view (default http://localhost:4322)
 * REBUILD_TOKEN bearer token the CMS uses to ask the rebuild service for a rebuild
 * LOG_LEVEL     pino level of the CMS log (default info; tests use silent)
 * PUBLIC_API_CACHE_SECONDS  how long an anonymous REST read of published content may be answered from the
 *               cache (default 5; 0 turns the cache off); writes through REST empty it (cms/src/publicApiCache)
 * SERVER_URL    public URL of the CMS, used in links the admin prints and mails (default http://localhost:3000; required in production)
 * NEXT_DIST_DIR Next.js build folder inside cms/ (default .next), read by next.config.ts: one dev server per folder
 * SMTP_HOST     SMTP server for the CMS's mail (password resets); unset → Payload only logs each mail to the console
 * SMTP_PORT     default 465 when SMTP_SECURE is true, else 587
 * SMTP_SECURE   true → TLS from the first byte (port 465); default false: plain, upgraded by STARTTLS when offered
 * SMTP_USER, SMTP_PASS  login at the SMTP server, when it asks for one (default: none)
 * EMAIL_FROM_ADDRESS, EMAIL_FROM_NAME  sender of the CMS's mail (default no-reply@<host of SERVER_URL>, Union CMS)
 */
export const isProduction = process.env.NODE_ENV === 'production'

/**
 * The settings a production CMS must be given: a generated secret would differ per server and
 * replace every session at each new data folder, and a guessed URL would put localhost into the
 * password-reset mails. Returns their names, for one message that lists all that are missing.
 */
export function missingProductionSettings(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return ['PAYLOAD_SECRET', 'SERVER_URL'].filter((name) => !env[name])
}

function assertProductionSettings(): void {
  const missing = missingProductionSettings()
  if (isProduction && missing.length > 0) {
    throw new Error(
      `In production (NODE_ENV=production) the CMS needs ${missing.join(' and ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment (README, Deployment)`,
    )
  }
}
assertProductionSettings()

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

export const publicApiCacheSeconds = (() => {
  const raw = process.env.PUBLIC_API_CACHE_SECONDS ?? ''
  if (raw === '') return 5
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`PUBLIC_API_CACHE_SECONDS "${raw}" must be a number of seconds, 0 or more (0: no cache)`)
  }
  return seconds
})()

export const rebuildService = {
  url: process.env.REBUILD_URL ?? 'http://localhost:4322',
  token: process.env.REBUILD_TOKEN,
}

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  auth: { user: string; pass: string } | undefined
  from: { address: string; name: string }
}

/** The SMTP server the CMS sends through, or null without SMTP_HOST (mail is then only logged). */
export function smtpSettings(env: Readonly<Record<string, string | undefined>> = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST ?? ''
  if (host === '') return null
  const secure = yesOrNo(env.SMTP_SECURE, 'SMTP_SECURE')
  const port = env.SMTP_PORT ? Number(env.SMTP_PORT) : secure ? 465 : 587
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`SMTP_PORT "${env.SMTP_PORT}" is not a port number: give the SMTP server's port, e.g. 587 or 465`)
  }
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) {
    throw new Error('SMTP_USER and SMTP_PASS go together: set both for a server that needs a login, or neither')
  }
  const serverHost = new URL(env.SERVER_URL ?? serverURL).hostname
  return {
    host,
    port,
    secure,
    auth: env.SMTP_USER && env.SMTP_PASS ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
    from: { address: env.EMAIL_FROM_ADDRESS || `no-reply@${serverHost}`, name: env.EMAIL_FROM_NAME || 'Union CMS' },
  }
}

function yesOrNo(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false
  if (value === 'true' || value === '1') return true
  throw new Error(`${name} "${value}" is neither true nor false`)
}
