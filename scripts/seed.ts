/**
 * Seeds the CMS with the source documents: `pnpm seed` (or `pnpm exec tsx scripts/seed.ts`).
 * Uses the same database as the CMS (DATA_DIR / DATABASE_URI); SEEDS_DIR points elsewhere for the sources.
 */

// A one-off script must not start the scheduled-publishing job runner; set before the config loads.
process.env.JOBS_AUTORUN ??= 'false'

export {}

const { getPayload } = await import('payload')
const { default: config } = await import('@union/cms/config')
const { formatReport, seed } = await import('./seed/index')

const payload = await getPayload({ config })
let failed = false
try {
  if (process.argv.includes('--if-empty') && (await hasContent())) {
    console.log('[seed] the database already has content; not seeding (`pnpm seed` re-runs it, idempotently)')
  } else {
    await run()
  }
} catch (error) {
  failed = true
  console.error('[seed] failed:', error)
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)

/** `--if-empty` (used by `npm start`): seed a new database only, so content an editor deleted stays deleted. */
async function hasContent(): Promise<boolean> {
  const counts = await Promise.all(
    (['regional-networks', 'pages', 'international-partners'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  return counts.some((count) => count.totalDocs > 0)
}

async function run() {
  const report = await seed(payload, { log: (line) => console.log(line) })
  console.log('[seed] summary')
  for (const line of formatReport(report)) console.log(`  ${line}`)
}
