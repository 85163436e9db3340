import { escapeHtml } from '@union/shared/richText/toHtml'
import type { APIRoute } from 'astro'
import { sitemapEntries } from '../lib/sitemapEntries'
import { defaultAlternate } from '../lib/translations'
import { siteUrl } from '../siteEnv'

/** sitemap.xml with hreflang alternates between real translations (and x-default), as Google reads them. */
export const GET: APIRoute = async () => {
  const absolute = (path: string) => escapeHtml(new URL(path, `${siteUrl}/`).href)
  const urls = (await sitemapEntries()).map(({ path, alternates, xDefault }) => {
    const xDefaultPath = xDefault ?? defaultAlternate(alternates)?.path
    const links =
      alternates.length > 1 && xDefaultPath ? [...alternates, { locale: 'x-default', path: xDefaultPath }] : []
    return [
      '  <url>',
      `    <loc>${absolute(path)}</loc>`,
      ...links.map(
        (link) => `    <xhtml:link rel="alternate" hreflang="${link.locale}" href="${absolute(link.path)}"/>`,
      ),
      '  </url>',
    ].join('\n')
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
