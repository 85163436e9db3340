import type { Redirect } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { formerEnglishPath } from '@union/shared/routes'
import { siteDirectories } from './navigation'
import { pagePaths, routes } from './routes'

/** An old address and where it leads: a path of the site or a full web address. */
export type SiteRedirect = { from: string; to: string }

type RoutedContent = {
  networks: { locale: LocaleCode; doc: { slug: string } }[]
  partners: unknown[]
  plans: { locale: LocaleCode; doc: { slug: string } }[]
  pages: Parameters<typeof pagePaths>[0]
}

/** The addresses the CMS's content gives the site: home, directories, search, documents. (The MDX pages come on top.) */
export function contentRoutes(content: RoutedContent, locales: LocaleCode[]): string[] {
  const directories = siteDirectories(content)
  return [
    ...locales.flatMap((locale) => [
      routes.home(locale),
      routes.search(locale),
      ...(directories.networks ? [routes.networks(locale)] : []),
      ...(directories.partners ? [routes.partners(locale)] : []),
    ]),
    ...content.networks.map(({ locale, doc }) => routes.network(locale, doc)),
    ...content.plans.map(({ locale, doc }) => routes.actionPlan(locale, doc)),
    ...pagePaths(content.pages).values(),
  ]
}

/**
 * Every old address the site answers with a redirect: the CMS's (a moved page's old address, or
 * one an editor added), and each address as it was when the site's addresses were in English
 * (/fi/networks/kamut/ → /fi/verkostot/kamut/), also for the CMS's old addresses, so that no
 * redirect leads to another. An address that is a page of the site never redirects.
 */
export function siteRedirects(
  cmsRedirects: Pick<Redirect, 'from' | 'to'>[],
  livePaths: Iterable<string>,
): SiteRedirect[] {
  const live = new Set(livePaths)
  const found = new Map<string, string>()
  const add = (from: string | undefined, to: string) => {
    if (from && from !== to && !live.has(from) && !found.has(from)) found.set(from, to)
  }
  for (const { from, to } of cmsRedirects) add(from, to)
  for (const { from, to } of cmsRedirects) add(formerEnglishPath(from), to)
  for (const path of live) add(formerEnglishPath(path), path)
  return [...found].map(([from, to]) => ({ from, to })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}
