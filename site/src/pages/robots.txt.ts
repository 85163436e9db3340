import type { APIRoute } from 'astro'
import { routes } from '../lib/routes'
import { siteLocales } from '../queries/content'
import { siteUrl } from '../siteEnv'

/** Search result pages are not for indexing; each locale's search page has its own address. */
export const GET: APIRoute = async () => {
  const disallowed = (await siteLocales()).map((locale) => `Disallow: ${routes.search(locale)}\n`).join('')
  return new Response(`User-agent: *\nAllow: /\n${disallowed}\nSitemap: ${siteUrl}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
