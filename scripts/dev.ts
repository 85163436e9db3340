/**
 * `npm start`: the whole system on the embedded default (SQLite in ./data): seeds the database on
 * its first start, runs the CMS (admin + REST API), and for each organisation the CMS holds a site
 * server for its public site and the rebuild service that rebuilds it when the CMS publishes that
 * organisation's content (lib/organisationSites.ts); builds each site once, and prints where
 * everything is.
 */
import { join } from 'node:path'
import { buildSiteOnce } from './lib/firstSiteBuild'
import { localSecrets } from './lib/localSecrets'
import { readSites, siteName } from './lib/organisationSites'
import { repoRoot } from './lib/paths'
import { nextBin, runChild, nodeScript as script, stopChildren, superviseChild, waitForUrl } from './lib/processes'
import { superviseSites } from './lib/superviseSites'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const rebuildPort = Number(process.env.REBUILD_PORT ?? 4322)
const cmsUrl = `http://localhost:${cmsPort}`
const dataDir = process.env.DATA_DIR ?? join(repoRoot, 'data')

async function main() {
  const { webhookSecret, rebuildToken } = localSecrets(dataDir)
  const shared = {
    DATA_DIR: dataDir,
    CMS_URL: cmsUrl,
    REBUILD_TOKEN: rebuildToken,
    REBUILD_WEBHOOK_SECRET: webhookSecret,
  }

  await runChild('seed', process.execPath, script('seed.ts', '--if-empty'), { cwd: repoRoot, env: shared })
  await runChild('link', process.execPath, script('link-sites.ts'), {
    cwd: repoRoot,
    env: { ...shared, SITE_PORT: String(sitePort), REBUILD_PORT: String(rebuildPort) },
  })
  const sites = readSites(dataDir)

  superviseChild('cms', nextBin, ['dev', '--port', String(cmsPort)], {
    cwd: join(repoRoot, 'cms'),
    env: { ...shared, NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: cmsUrl, REBUILD_URL: sites[0]?.rebuildUrl ?? '' },
  })
  await waitForUrl(`${cmsUrl}/api/users/init`)
  const { initialized } = (await (await fetch(`${cmsUrl}/api/users/init`)).json()) as { initialized: boolean }

  superviseSites(sites, {
    siteEnv: {},
    rebuildEnv: { ...shared, CMS_ORIGIN: cmsUrl },
    rebuildStopGraceMs: 35_000,
  })
  // One site at a time: on two cores, builds side by side are slower than in turn.
  for (const site of sites) {
    await waitForUrl(`${site.rebuildUrl}/health`)
    await buildSiteOnce(site.rebuildUrl, rebuildToken)
    await waitForUrl(`http://127.0.0.1:${site.sitePort}/.health`)
  }
  // Compile the admin once now, so the first visit does not wait for it.
  await waitForUrl(`${cmsUrl}/admin/login`)

  const width = Math.max(0, ...sites.map((site) => siteName(site).length))
  console.log(
    [
      '',
      'The system is running.',
      sites.length > 0
        ? '  Public sites, one per organisation:'
        : '  No organisation yet: an admin adds one under Organisations, then restart to build its site.',
      ...sites.map((site) => `    ${siteName(site).padEnd(width)}  ${site.siteUrl}/`),
      `  CMS admin:   ${cmsUrl}/admin`,
      initialized
        ? `  Log in:      ${cmsUrl}/admin/login`
        : `  First login: create the first (admin) user at ${cmsUrl}/admin/create-first-user`,
      `  Site builds: ${cmsUrl}/admin/site-builds (for the organisation chosen in the admin)`,
      'Publishing in the CMS rebuilds that organisation’s site within seconds. Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  await stopChildren()
  process.exit(1)
})
