import type { ActionPlan, InternationalPartner, Page, RegionalNetwork } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import type { Localized } from './localized'
import { relationId } from './relations'

/** Every public address of the site, built in one place. Paths end with a slash. */
export const routes = {
  languageChooser: () => '/',
  home: (locale: LocaleCode) => `/${locale}/`,
  networks: (locale: LocaleCode) => `/${locale}/networks/`,
  network: (locale: LocaleCode, network: Pick<RegionalNetwork, 'slug'>) => `/${locale}/networks/${network.slug}/`,
  partners: (locale: LocaleCode) => `/${locale}/partners/`,
  partner: (locale: LocaleCode, partner: Pick<InternationalPartner, 'slug'>) => `/${locale}/partners/#${partner.slug}`,
  actionPlan: (locale: LocaleCode, plan: Pick<ActionPlan, 'slug'>) => `/${locale}/action-plans/${plan.slug}/`,
  search: (locale: LocaleCode) => `/${locale}/search/`,
  legal: (locale: LocaleCode, name: string) => `/${locale}/site/${name}/`,
  notFound: (locale: LocaleCode) => `/${locale}/404.html`,
}

/**
 * A page's path segments in its locale: its ancestors' slugs, then its own. An ancestor not
 * translated into the locale is left out rather than linking through a missing page.
 */
export function pageSegments(page: Page, pagesInLocale: Map<number, Page>): string[] {
  const segments = [page.slug]
  const seen = new Set([page.id])
  for (let parentId = relationId(page.parent); parentId !== undefined && !seen.has(parentId); ) {
    seen.add(parentId)
    const parent = pagesInLocale.get(parentId)
    if (parent) segments.unshift(parent.slug)
    parentId = relationId(parent?.parent ?? undefined)
  }
  return segments
}

export function pagePath(locale: LocaleCode, page: Page, pagesInLocale: Map<number, Page>): string {
  return `/${locale}/${pageSegments(page, pagesInLocale).map(encodeURIComponent).join('/')}/`
}

const computedPaths = new WeakMap<Localized<Page>[], Map<string, string>>()

/** Every page's path, keyed by locale and page id; computed once per list of pages. */
export function pagePaths(pages: Localized<Page>[]): Map<string, string> {
  const known = computedPaths.get(pages)
  if (known) return known
  const byLocale = new Map<LocaleCode, Map<number, Page>>()
  for (const { locale, doc } of pages) byLocale.set(locale, (byLocale.get(locale) ?? new Map()).set(doc.id, doc))
  const paths = new Map(
    pages.map(({ locale, doc }) => [pageKey(locale, doc.id), pagePath(locale, doc, byLocale.get(locale)!)]),
  )
  computedPaths.set(pages, paths)
  return paths
}

export function pageKey(locale: LocaleCode, id: number): string {
  return `${locale}/${id}`
}
