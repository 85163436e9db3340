/**
 * `npm run production`: the whole system as a server runs it (README, Deployment). In order:
 * checks the settings (scripts/production/settings.ts) and names any that are missing; builds the
 * admin with `next build` when its sources changed; applies pending database migrations; seeds
 * only when asked (`npm run production -- --seed`, and only an empty database); points the CMS's
 * publish webhooks at the rebuild service; then starts and supervises, with NODE_ENV=production:
 *
 *   cms      `next start`: the admin and the REST API (CMS_PORT), GET /api/health
 *   jobs     the job queue: webhook deliveries, scheduled publishing (scripts/jobs-worker.ts)
 * and for each organisation the CMS holds (lib/organisationSites.ts: the first on SITE_PORT and
 * REBUILD_PORT, the next on the two ports after, …):
 *   rebuild <slug>  its rebuild service: webhooks, builds, atomic switches, GET /health
 *   site <slug>     its public site from SITES_DIR/<slug>/current; a web server in front may serve
 *                   that folder itself instead
 *
 * Every line of output is one JSON object naming its part. A part that exits on its own is started again. SIGTERM (systemd's stop) or Ctrl+C stops all parts
 * gracefully: requests in flight finish, a running job and a running site build may finish, then
 * each part exits; the command exits 0.
 */
import { join } from 'node:path'
import { buildSiteOnce } from './lib/firstSiteBuild'
import { readSites, siteName } from './lib/organisationSites'
import { repoRoot } from './lib/paths'
import {
  logAsJsonLines,
  logLine,
  nextBin,
  runChild,
  nodeScript as script,
  stopChildren,
  superviseChild,
  waitForUrl,
} from './lib/processes'
import { superviseSites } from './lib/superviseSites'
import { buildAdminIfChanged } from './production/adminBuild'
import { readProductionSettings } from './production/settings'

/**
 * The CMS's own secrets, kept from the parts that do not need them: the site server, and the rebuild
 * service with the site builds it runs (Astro and its dependencies read only published content).
 */
const withoutCmsSecrets = Object.fromEntries(
  ['PAYLOAD_SECRET', 'DATABASE_URI', 'SMTP_USER', 'SMTP_PASS'].map((name) => [name, undefined]),
)

async function main() {
  logAsJsonLines()
  const settings = readProductionSettings()
  const { env } = settings
  const run = (label: string, name: string, ...args: string[]) =>
    runChild(label, process.execPath, script(name, ...args), { cwd: repoRoot, env })

  logLine('production', `admin build: ${await buildAdminIfChanged(env)}`)
  await run('migrate', 'migrate.ts')
  if (process.argv.includes('--seed')) await run('seed', 'seed.ts', '--if-empty')
  await runChild('link', process.execPath, script('link-sites.ts'), {
    cwd: repoRoot,
    env: { ...env, SITE_PORT: String(settings.sitePort), REBUILD_PORT: String(settings.rebuildPort) },
  })
  const sites = readSites(env.DATA_DIR as string)

  // The web process only queues jobs; the worker works them, so a stop can let a job finish.
  superviseChild('cms', nextBin, ['start', '--port', String(settings.cmsPort)], {
    cwd: join(repoRoot, 'cms'),
    env: { ...env, JOBS_AUTORUN: 'false' },
  })
  // Each part's own grace, and five seconds more to exit, before the supervisor kills it.
  superviseChild('jobs', process.execPath, script('jobs-worker.ts'), {
    cwd: repoRoot,
    env,
    stopGraceMs: settings.jobsShutdownGraceMs + 5000,
    stopFirst: true,
  })
  superviseSites(sites, {
    siteEnv: { ...env, ...withoutCmsSecrets },
    rebuildEnv: { ...env, ...withoutCmsSecrets },
    rebuildStopGraceMs: settings.rebuildShutdownGraceMs + 5000,
  })

  await waitForUrl(`${env.CMS_URL}/api/health`)
  const lines: string[] = []
  for (const site of sites) {
    await waitForUrl(`${site.rebuildUrl}/health`)
    // The site may not build yet (an organisation without published site settings); the CMS must
    // still run so that editors can add them, and the next publish builds the site.
    const firstBuild = await buildSiteOnce(site.rebuildUrl, settings.rebuildToken).then(
      () => 'live',
      (error: Error) =>
        `not built yet (${error.message.split('\n').slice(0, 3).join(' ')} …); the next publish builds it`,
    )
    lines.push(
      `  ${siteName(site)}: http://127.0.0.1:${site.sitePort}/   (public: ${site.siteUrl}/, files in ${site.sitesDir}/current): ${firstBuild}`,
      `    health: ${site.rebuildUrl}/health`,
    )
  }
  logLine(
    'production',
    [
      'The system is running in production mode.',
      `  CMS:          ${env.CMS_URL}/admin   (public: ${settings.serverUrl}/admin), health: ${env.CMS_URL}/api/health`,
      sites.length > 0
        ? '  Public sites, one per organisation:'
        : '  No organisation yet: an admin adds one, then restart.',
      ...lines,
      'SIGTERM or Ctrl+C stops it gracefully.',
    ].join('\n'),
  )
}

main().catch(async (error: unknown) => {
  logLine('production', error instanceof Error ? error.message : String(error), 'stderr')
  await stopChildren()
  process.exit(1)
})
