/**
 * `npm start`: the whole system on the embedded default (SQLite in ./data): seeds the database on
 * its first start, runs the CMS (admin + REST API), the site server for the public site, the
 * rebuild service that rebuilds it when the CMS publishes, builds the site once, and prints where
 * everything is.
 */
import { join } from 'node:path'
import { buildSiteOnce } from './lib/firstSiteBuild'
import { localSecrets } from './lib/localSecrets'
import { repoRoot } from './lib/paths'
import { nextBin, runChild, nodeScript as script, stopChildren, superviseChild, waitForUrl } from './lib/processes'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const rebuildPort = Number(process.env.REBUILD_PORT ?? 4322)
const cmsUrl = `http://localhost:${cmsPort}`
const siteUrl = `http://localhost:${sitePort}`
const rebuildUrl = `http://localhost:${rebuildPort}`
const dataDir = process.env.DATA_DIR ?? join(repoRoot, 'data')

async function main() {
  const { webhookSecret, rebuildToken } = localSecrets(dataDir)
  const shared = {
    DATA_DIR: dataDir,
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl,
    REBUILD_URL: rebuildUrl,
    REBUILD_TOKEN: rebuildToken,
    REBUILD_WEBHOOK_SECRET: webhookSecret,
  }

  await runChild('seed', process.execPath, script('seed.ts', '--if-empty'), { cwd: repoRoot, env: shared })
  await runChild('link', process.execPath, script('link-rebuild-service.ts'), {
    cwd: repoRoot,
    env: { ...shared, REBUILD_WEBHOOK_URL: `${rebuildUrl}/webhooks/publish` },
  })

  superviseChild('cms', nextBin, ['dev', '--port', String(cmsPort)], {
    cwd: join(repoRoot, 'cms'),
    env: { ...shared, NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: cmsUrl },
  })
  await waitForUrl(`${cmsUrl}/api/users/init`)
  const { initialized } = (await (await fetch(`${cmsUrl}/api/users/init`)).json()) as { initialized: boolean }

  // Apart, so the public site keeps answering while the rebuild service restarts.
  superviseChild('site', process.execPath, script('site-server.ts'), {
    cwd: repoRoot,
    env: { SITE_PORT: String(sitePort) },
  })
  superviseChild('rebuild', process.execPath, script('rebuild-service.ts'), {
    cwd: repoRoot,
    stopGraceMs: 35_000,
    stopFirst: true,
    env: {
      ...shared,
      REBUILD_PORT: String(rebuildPort),
      CMS_ORIGIN: cmsUrl,
    },
  })
  await waitForUrl(`${rebuildUrl}/health`)
  await buildSiteOnce(rebuildUrl, rebuildToken)
  await waitForUrl(`${siteUrl}/.health`)
  // Compile the admin once now, so the first visit does not wait for it.
  await waitForUrl(`${cmsUrl}/admin/login`)

  console.log(
    [
      '',
      'The system is running.',
      `  Public site: ${siteUrl}/`,
      `  CMS admin:   ${cmsUrl}/admin`,
      initialized
        ? `  Log in:      ${cmsUrl}/admin/login`
        : `  First login: create the first (admin) user at ${cmsUrl}/admin/create-first-user`,
      `  Site builds: ${cmsUrl}/admin/site-builds (rebuild service ${rebuildUrl}/status)`,
      'Publishing in the CMS rebuilds the site within seconds. Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  await stopChildren()
  process.exit(1)
})
