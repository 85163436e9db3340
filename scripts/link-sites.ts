/**
 * Points the CMS at the bundled sites: one site per organisation (lib/organisationSites.ts), each
 * with its own rebuild service, whose webhook target this makes sure exists, enabled, with the
 * current secret and that organisation. Writes the sites to DATA_DIR/sites.json for the start-up
 * that runs them. `npm start` and `npm run production` run it.
 *
 * Env: REBUILD_WEBHOOK_SECRET; DATA_DIR; SITES_DIR (default DATA_DIR/site); SITE_PORT and
 * REBUILD_PORT (the first site's, default 4321 and 4322); SITE_URL (production: the address
 * pattern with {organisation}; unset in development: http://localhost:<port>).
 */
process.env.JOBS_AUTORUN ??= 'false'

export {}

const secret = process.env.REBUILD_WEBHOOK_SECRET
if (!secret) {
  console.error('link-sites: set REBUILD_WEBHOOK_SECRET')
  process.exit(1)
}

const { join, resolve } = await import('node:path')
const { getPayload } = await import('payload')
const { default: config } = await import('@union/cms/config')
const { repoRoot } = await import('./lib/paths')
const { linkRebuildService } = await import('./lib/rebuildWebhookTarget')
const { organisationSites, siteName, writeSites } = await import('./lib/organisationSites')

const dataDir = resolve(repoRoot, process.env.DATA_DIR ?? 'data')
const payload = await getPayload({ config })
let failed = false
try {
  const { docs } = await payload.find({ collection: 'organisations', sort: 'id', limit: 1000, depth: 0 })
  const sites = organisationSites(
    docs.map(({ id, slug, name }) => ({ id, slug, name })),
    {
      sitePort: Number(process.env.SITE_PORT ?? 4321),
      rebuildPort: Number(process.env.REBUILD_PORT ?? 4322),
      sitesDir: resolve(repoRoot, process.env.SITES_DIR ?? join(dataDir, 'site')),
      siteUrl: process.env.SITE_URL || undefined,
    },
  )
  for (const site of sites) {
    const url = `${site.rebuildUrl}/webhooks/publish`
    const done = await linkRebuildService(payload, url, secret, site.organisation ?? undefined)
    console.log(`[link] ${siteName(site)}: webhook target ${url} ${done}`)
  }
  writeSites(dataDir, sites)
} catch (error) {
  failed = true
  console.error(`[link] ${error instanceof Error ? error.message : error}`)
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
