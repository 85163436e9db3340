import { localeCodes } from '@union/shared/locales'
import { routes } from '../../src/lib/routes'

/**
 * How URL paths map to files in the dist folder, the way a static host serves them:
 * `/fi/` is `fi/index.html`, and `/fi` or `/fi.html`-style paths are accepted too.
 */

/** The URL path a page is published at: `fi/news/index.html` → `/fi/news/`. */
export function urlPathForPage(page: string): string {
  if (page === 'index.html') return '/'
  if (page.endsWith('/index.html')) return `/${page.slice(0, -'index.html'.length)}`
  return `/${page}`
}

/** The dist file that answers `pathname` (already percent-decoded), or undefined for a 404. */
export function fileForUrlPath(files: ReadonlySet<string>, pathname: string): string | undefined {
  const path = pathname.replace(/^\/+/, '')
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`]
  return candidates.find((candidate) => files.has(candidate))
}

/** `decodeURIComponent` that leaves a malformed escape as it was instead of throwing. */
export function decodePathname(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

/** Whether `path` is a locale's search page (/fi/haku/, /en/search/): the one page with a script. */
export function isSearchPagePath(path: string): boolean {
  return localeCodes.some((locale) => routes.search(locale) === path)
}
