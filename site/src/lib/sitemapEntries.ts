import { getCollection } from 'astro:content'
import type { LocaleCode } from '@union/shared/locales'
import { actionPlanEntries, networkEntries, pageEntries, partnerEntries, siteLocales } from '../queries/content'
import { siteDirectories } from './navigation'
import { pageKey, pagePaths, routes } from './routes'
import { type Alternate, documentAlternates } from './translations'

/** Every indexable page with its real translations: what sitemap.xml lists. */
export type SitemapEntry = { path: string; alternates: Alternate[]; xDefault?: string }

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const locales = await siteLocales()
  const everyLocale = (route: (locale: LocaleCode) => string, xDefault?: string) => {
    const alternates = locales.map((locale) => ({ locale, path: route(locale) }))
    return alternates.map((alternate) => ({ path: alternate.path, alternates, xDefault }))
  }
  const perDocument = <Doc extends { id: number }>(
    entries: { locale: LocaleCode; doc: Doc }[],
    path: (entry: { locale: LocaleCode; doc: Doc }) => string,
  ) => entries.map((entry) => ({ path: path(entry), alternates: documentAlternates(entries, entry.doc.id, path) }))
  const pages = await pageEntries()
  const paths = pagePaths(pages)
  const legal = (await getCollection('legal')).map((entry) => {
    const [locale, name] = entry.id.split('/') as [LocaleCode, string]
    return { locale, name }
  })
  const directories = siteDirectories({ networks: await networkEntries(), partners: await partnerEntries() })
  return [
    ...everyLocale(routes.home, routes.languageChooser()),
    ...(directories.networks ? everyLocale(routes.networks) : []),
    ...(directories.partners ? everyLocale(routes.partners) : []),
    ...perDocument(await networkEntries(), ({ locale, doc }) => routes.network(locale, doc)),
    ...perDocument(await actionPlanEntries(), ({ locale, doc }) => routes.actionPlan(locale, doc)),
    ...perDocument(pages, ({ locale, doc }) => paths.get(pageKey(locale, doc.id))!),
    ...legal.map(({ locale, name }) => ({
      path: routes.legal(locale, name),
      alternates: legal
        .filter((other) => other.name === name)
        .map((other) => ({ locale: other.locale, path: routes.legal(other.locale, name) })),
    })),
  ]
}
