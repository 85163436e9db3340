import type { APIRoute } from 'astro'
import { siteUrl } from '../siteEnv'

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /*/search/\n\nSitemap: ${siteUrl}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
