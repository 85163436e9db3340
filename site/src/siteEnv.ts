import { parseSiteChanges } from '@union/shared/messages/siteChanges'

/**
 * Every setting the site build reads from the environment, in one place.
 *
 * CMS_URL           where Payload's REST API is (default http://localhost:3000); the build reads /api/* there
 * CONTENT_SNAPSHOT  path of a content.json written by scripts/export-content.ts; when set, the CMS is not asked
 * SITE_URL          the public address, for canonical URLs, hreflang, sitemap and Open Graph (default http://localhost:4321)
 * SITE_ORGANISATION the slug of the organisation whose site this is; only its documents are read. Needed
 *                   when the CMS holds more than one organisation
 *
 * Set by the publisher's build (publisher/src/build/buildSite.ts) for its runs of astro build, not by hand:
 * SITE_ROOT            the site's folder (site/), where the image originals are; default the working directory
 * SITE_CACHE_DIR       Astro's cache folder for this build (astro.config.ts)
 * SITE_BUILD_STATE     folder where the build writes the content it was made from (and, when incremental,
 *                      the pages it renders and removes); the next build reads it
 * SITE_PREVIOUS_STATE  that folder of the previous build; with SITE_CHANGES the build is incremental
 * SITE_CHANGES         JSON list of the changes since the previous build (publish webhook payloads)
 *
 * Set by the rebuild service for a preview of a draft (publisher/src/service/previews.ts), never for the live site:
 * SITE_PREVIEW_AUTHORIZATION  the editor's credential ("JWT <token>"): the documents SITE_CHANGES names are
 *                      read as drafts (draft=true) with it; everything else is the live build's content
 */
export const cmsUrl = (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

export const contentSnapshot = process.env.CONTENT_SNAPSHOT || undefined

export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')

export const siteOrganisation = process.env.SITE_ORGANISATION || undefined

export const siteRoot = process.env.SITE_ROOT || process.cwd()

export const buildStateDir = process.env.SITE_BUILD_STATE || undefined

export const previousStateDir = process.env.SITE_PREVIOUS_STATE || undefined

export const previewAuthorization = process.env.SITE_PREVIEW_AUTHORIZATION || undefined

export const siteChanges = process.env.SITE_CHANGES ? parseSiteChanges(process.env.SITE_CHANGES) : undefined
