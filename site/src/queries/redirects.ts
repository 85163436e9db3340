import { contentRoutes, type SiteRedirect, siteRedirects } from '../lib/redirects'
import { sitemapEntries } from '../lib/sitemapEntries'
import { actionPlanEntries, networkEntries, pageEntries, partnerEntries, redirectEntries, siteLocales } from './content'

let redirects: Promise<SiteRedirect[]> | undefined

/** Every redirect the site answers (src/lib/redirects.ts), worked out once per build for the pages and `_redirects`. */
export function redirectList(): Promise<SiteRedirect[]> {
  redirects ??= (async () => {
    const content = {
      networks: await networkEntries(),
      partners: await partnerEntries(),
      plans: await actionPlanEntries(),
      pages: await pageEntries(),
    }
    // The sitemap adds the MDX pages, whose addresses had English words too (/fi/site/privacy/).
    const live = [...contentRoutes(content, await siteLocales()), ...(await sitemapEntries()).map(({ path }) => path)]
    return siteRedirects(await redirectEntries(), live)
  })()
  return redirects
}
