import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * One public site per organisation the CMS holds, each with its own rebuild service, site server,
 * built sites folder and address. The organisations are taken in the CMS's order (by id); the
 * first gets SITE_PORT and REBUILD_PORT, the next ones the two ports after, and so on:
 *
 *   organisation 1: site 4321, rebuild service 4322, files in SITES_DIR/<slug>
 *   organisation 2: site 4323, rebuild service 4324, …
 *
 * A new CMS, before its first organisation, gets one site without an organisation, which builds
 * the organisation created first (a CMS of one organisation needs no restart to get its site).
 * Its public address is `siteUrl` with `{organisation}` replaced by the slug (production:
 * `SITE_URL=https://{organisation}.sites.example`), or, when `siteUrl` is not given (development),
 * http://localhost:<its site port>.
 */
export type Organisation = { id: number | string; slug: string; name: string }

export type OrganisationSite = {
  /** Null on a CMS that holds no organisation yet: its one site builds the first one created. */
  organisation: Organisation | null
  siteUrl: string
  sitePort: number
  rebuildPort: number
  /** The rebuild service on this machine, for the CMS's webhooks and the start-up's first build. */
  rebuildUrl: string
  sitesDir: string
}

export type SiteLayout = { sitePort: number; rebuildPort: number; sitesDir: string; siteUrl?: string }

export const organisationPlaceholder = '{organisation}'

export function organisationSites(organisations: Organisation[], layout: SiteLayout): OrganisationSite[] {
  if (organisations.length === 0) {
    return [
      {
        organisation: null,
        siteUrl: (layout.siteUrl ?? `http://localhost:${layout.sitePort}`).replace(/\/$/, ''),
        sitePort: layout.sitePort,
        rebuildPort: layout.rebuildPort,
        rebuildUrl: `http://127.0.0.1:${layout.rebuildPort}`,
        sitesDir: layout.sitesDir,
      },
    ]
  }
  if (layout.siteUrl && organisations.length > 1 && !layout.siteUrl.includes(organisationPlaceholder)) {
    throw new Error(
      `SITE_URL "${layout.siteUrl}" names one site, but the CMS holds ${organisations.length} organisations (${organisations.map((organisation) => organisation.slug).join(', ')}): give each its own address with ${organisationPlaceholder}, e.g. https://${organisationPlaceholder}.sites.example`,
    )
  }
  return organisations.map((organisation, index) => {
    const sitePort = layout.sitePort + 2 * index
    const rebuildPort = layout.rebuildPort + 2 * index
    return {
      organisation,
      siteUrl: layout.siteUrl
        ? layout.siteUrl.replaceAll(organisationPlaceholder, organisation.slug).replace(/\/$/, '')
        : `http://localhost:${sitePort}`,
      sitePort,
      rebuildPort,
      rebuildUrl: `http://127.0.0.1:${rebuildPort}`,
      sitesDir: join(layout.sitesDir, organisation.slug),
    }
  })
}

/** The organisation's name, or what a site of a CMS without organisations is called. */
export const siteName = (site: OrganisationSite) => site.organisation?.name ?? 'The site'

/** Where the link step leaves the sites for the start-up that runs them (in DATA_DIR). */
export const sitesFile = (dataDir: string) => join(dataDir, 'sites.json')

export function writeSites(dataDir: string, sites: OrganisationSite[]): void {
  writeFileSync(sitesFile(dataDir), `${JSON.stringify(sites, null, 2)}\n`)
}

export function readSites(dataDir: string): OrganisationSite[] {
  const file = sitesFile(dataDir)
  if (!existsSync(file)) throw new Error(`${file} is missing: the link step (scripts/link-sites.ts) writes it`)
  return JSON.parse(readFileSync(file, 'utf8')) as OrganisationSite[]
}
