import type { ActionPlan, InternationalPartner, Page, RegionalNetwork } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { documentPaths, legalPageSlug, pageSegments, routeSegments } from '@union/shared/routes'
import type { Localized } from './localized'

/**
 * Every public address of the site, built in one place. Paths end with a slash. The fixed words
 * in them are the locale's own (shared/src/routes.ts): /fi/verkostot/, /sv/natverk/.
 */
export const routes = {
  languageChooser: () => '/',
  home: (locale: LocaleCode) => `/${locale}/`,
  networks: (locale: LocaleCode) => `/${locale}/${routeSegments[locale].networks}/`,
  network: (locale: LocaleCode, network: Pick<RegionalNetwork, 'slug'>) => documentPaths.network(locale, network.slug),
  partners: (locale: LocaleCode) => `/${locale}/${routeSegments[locale].partners}/`,
  partner: (locale: LocaleCode, partner: Pick<InternationalPartner, 'slug'>) =>
    `/${locale}/${routeSegments[locale].partners}/#${partner.slug}`,
  actionPlan: (locale: LocaleCode, plan: Pick<ActionPlan, 'slug'>) => documentPaths.actionPlan(locale, plan.slug),
  search: (locale: LocaleCode) => `/${locale}/${routeSegments[locale].search}/`,
  /** An MDX page of the site, by its file's name (accessibility, privacy). */
  legal: (locale: LocaleCode, name: string) =>
    `/${locale}/${routeSegments[locale].site}/${legalPageSlug(locale, name)}/`,
  notFound: (locale: LocaleCode) => `/${locale}/404.html`,
}

/**
 * Astro's params of a route from its path: `/fi/verkostot/kamut/` with names locale, networks,
 * slug gives { locale: 'fi', networks: 'verkostot', slug: 'kamut' }. The page folders are dynamic
 * ([locale]/[networks]/[slug]) so that each locale's words come from `routes`, and nowhere else.
 */
export function routeParams<Name extends string>(path: string, ...names: Name[]): Record<Name, string> {
  const segments = path.split('/').filter(Boolean)
  if (segments.length !== names.length) throw new Error(`The route ${path} does not have the segments ${names}`)
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(segments[index]!)])) as Record<
    Name,
    string
  >
}

export function pagePath(locale: LocaleCode, page: Page, pagesInLocale: Map<number, Page>): string {
  return documentPaths.page(locale, pageSegments(page, pagesInLocale))
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
