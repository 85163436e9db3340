import { urlPathForPage } from './sitePaths'

/**
 * Resolves a URL written in a page. Internal means served by this site: relative, root-relative,
 * or absolute on `siteOrigin` (canonical and hreflang links are usually absolute).
 */
export function resolveInternalUrl(url: string, base: URL, siteOrigin: string): URL | 'external' | 'invalid' {
  let target: URL
  try {
    target = new URL(url, base)
  } catch {
    return 'invalid'
  }
  if (target.origin !== siteOrigin || !['http:', 'https:'].includes(target.protocol)) return 'external'
  return target
}

/** Relative URLs resolve against the page's `<base href>` when it has one, else against the page's own URL. */
export function pageBaseUrl(page: string, baseHref: string | undefined, siteOrigin: string): URL {
  const pageUrl = new URL(urlPathForPage(page), siteOrigin)
  if (!baseHref) return pageUrl
  try {
    return new URL(baseHref, pageUrl)
  } catch {
    return pageUrl
  }
}
