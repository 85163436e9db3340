import type { OrganisationSite } from './organisationSites'
import { repoRoot } from './paths'
import { nodeScript as script, superviseChild } from './processes'

type Environment = Record<string, string | undefined>

/**
 * Starts and supervises each organisation's site server and rebuild service, for `npm start` and
 * the production start alike. The site server runs apart, so the public site keeps answering while
 * its rebuild service restarts. `env` is what every part gets; the rebuild service adds its own
 * site's folder, address, organisation and port.
 */
export function superviseSites(
  sites: OrganisationSite[],
  options: { siteEnv: Environment; rebuildEnv: Environment; rebuildStopGraceMs: number },
): void {
  for (const site of sites) {
    const label = (part: string) => (site.organisation ? `${part} ${site.organisation.slug}` : part)
    superviseChild(label('site'), process.execPath, script('site-server.ts'), {
      cwd: repoRoot,
      env: { ...options.siteEnv, SITES_DIR: site.sitesDir, SITE_PORT: String(site.sitePort) },
    })
    superviseChild(label('rebuild'), process.execPath, script('rebuild-service.ts'), {
      cwd: repoRoot,
      stopGraceMs: options.rebuildStopGraceMs,
      stopFirst: true,
      env: {
        ...options.rebuildEnv,
        SITES_DIR: site.sitesDir,
        SITE_URL: site.siteUrl,
        ...(site.organisation ? { SITE_ORGANISATION: site.organisation.slug } : {}),
        REBUILD_PORT: String(site.rebuildPort),
      },
    })
  }
}
