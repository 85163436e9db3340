import type { DefaultTreeAdapterTypes } from 'parse5'
import { attribute, elements, hasRel, htmlElement, sourceLine } from './htmlTree'

export type HreflangAlternate = { hreflang: string; href: string; line: string }

/** What other pages need to know about a page, small enough to keep for every page of a large site. */
export type PageFacts = {
  lang: string | undefined
  dir: string | undefined
  /** Element ids and `<a name>`s: what a `#fragment` can point at (browsers scroll to both). */
  fragmentTargets: ReadonlySet<string>
  hreflangAlternates: HreflangAlternate[]
  baseHref: string | undefined
  /**
   * Astro writes its `redirects` (and i18n redirects) as stub pages whose only job is
   * `<meta http-equiv="refresh" content="0;url=…">`: no one reads them, and their markup is Astro's.
   */
  isRedirectStub: boolean
}

export function readPageFacts(document: DefaultTreeAdapterTypes.Document): PageFacts {
  const html = htmlElement(document)
  const fragmentTargets = new Set<string>()
  const hreflangAlternates: HreflangAlternate[] = []
  let baseHref: string | undefined
  let isRedirectStub = false
  for (const element of elements(document)) {
    const id = attribute(element, 'id')
    if (id) fragmentTargets.add(id)
    const name = element.tagName === 'a' ? attribute(element, 'name') : undefined
    if (name) fragmentTargets.add(name)
    const hreflang = attribute(element, 'hreflang')
    if (element.tagName === 'link' && hasRel(element, 'alternate') && hreflang !== undefined) {
      hreflangAlternates.push({ hreflang, href: attribute(element, 'href') ?? '', line: sourceLine(element) })
    }
    if (element.tagName === 'base') baseHref ??= attribute(element, 'href')
    if (element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') {
      isRedirectStub ||= /^\s*\d+(\.\d*)?\s*[;,]\s*url\s*=/i.test(attribute(element, 'content') ?? '')
    }
  }
  return {
    lang: attribute(html, 'lang'),
    dir: attribute(html, 'dir'),
    fragmentTargets,
    hreflangAlternates,
    baseHref,
    isRedirectStub,
  }
}
