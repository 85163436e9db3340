import type { BuiltSite } from './builtSite'
import { sourceLine } from './htmlTree'
import { pageBaseUrl, resolveInternalUrl } from './internalUrl'
import type { Problem } from './problem'
import { decodePathname, fileForUrlPath } from './sitePaths'
import { urlReferences } from './urlReferences'

/**
 * Every internal URL in `href`, `src` or `srcset` must name a file of the built site, and a
 * `#fragment` must name an element id on the target page. External URLs are not fetched.
 */
export function checkInternalLinks(site: BuiltSite, siteOrigin: string): Problem[] {
  const problems: Problem[] = []
  for (const page of site.pages) {
    const base = pageBaseUrl(page, site.facts(page).baseHref, siteOrigin)
    for (const { element, attribute, url } of urlReferences(site.document(page))) {
      const broken = brokenReason(site, url, base, siteOrigin)
      if (!broken) continue
      const message = `${sourceLine(element)}: <${element.tagName} ${attribute}="${url}"> ${broken}`
      problems.push({ page, check: 'links', message })
    }
  }
  return problems
}

function brokenReason(site: BuiltSite, url: string, base: URL, siteOrigin: string): string | undefined {
  const target = resolveInternalUrl(url, base, siteOrigin)
  if (target === 'invalid') return 'is not a valid URL'
  if (target === 'external') return undefined
  const pathname = decodePathname(target.pathname)
  const file = fileForUrlPath(site.files, pathname)
  if (!file) return `points to ${pathname}, which is not a file in the built site`
  const fragment = linkedFragment(target)
  if (fragment === undefined || !file.endsWith('.html')) return undefined
  const ids = site.facts(file).fragmentTargets
  if (ids.has(fragment) || ids.has(decodePathname(fragment))) return undefined
  return `points to #${fragment}, but ${file} has no element with that id`
}

/** The fragment a link needs on its target page, or undefined when any page has it. */
function linkedFragment(target: URL): string | undefined {
  // Text fragments (#:~:text=…) are for the browser to find in the text, not element ids.
  const fragment = target.hash.slice(1).split(':~:')[0] ?? ''
  // By the HTML spec an empty fragment and "#top" scroll to the top of any page.
  if (fragment === '' || fragment.toLowerCase() === 'top') return undefined
  return fragment
}
