/**
 * Applies the committed database migrations that have not run yet: `pnpm migrate`. The production
 * start runs it before the CMS starts (scripts/production.ts). Uses the CMS's database settings
 * (DATA_DIR / DATABASE_URI); seeds nothing.
 */

// Payload pushes the schema at start-up outside production; a migration run must not. Set before the config loads.
process.env.PAYLOAD_MIGRATING = 'true'
process.env.JOBS_AUTORUN = 'false'

export {}

const { getPayload } = await import('payload')
const { default: config } = await import('@union/cms/config')
const { migrateDatabase } = await import('@union/cms/migrate')

const payload = await getPayload({ config })
let failed = false
try {
  const applied = await migrateDatabase(payload)
  console.log(
    applied.length === 0
      ? '[migrate] the database is up to date'
      : `[migrate] applied ${applied.length} migration(s): ${applied.join(', ')}`,
  )
} catch (error) {
  failed = true
  console.error(`[migrate] failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
