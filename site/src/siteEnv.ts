/**
 * Every setting the site build reads from the environment, in one place.
 *
 * CMS_URL           where Payload's REST API is (default http://localhost:3000); the build reads /api/* there
 * CONTENT_SNAPSHOT  path of a content.json written by scripts/export-content.ts; when set, the CMS is not asked
 * SITE_URL          the public address, for canonical URLs, hreflang, sitemap and Open Graph (default http://localhost:4321)
 */
export const cmsUrl = (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

export const contentSnapshot = process.env.CONTENT_SNAPSHOT || undefined

export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')
