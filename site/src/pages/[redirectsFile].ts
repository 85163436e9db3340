import type { APIRoute } from 'astro'
import { redirectList } from '../queries/redirects'

/**
 * `_redirects` at the site's root, in the form Netlify and Cloudflare Pages read (`from to 301`),
 * which publisher/src/service/siteServer.ts answers too. A dynamic route because Astro leaves files whose
 * names start with "_" out of the site.
 */
export const getStaticPaths = () => [{ params: { redirectsFile: '_redirects' } }]

export const GET: APIRoute = async () => {
  const lines = (await redirectList()).map(({ from, to }) => `${from} ${to} 301\n`)
  return new Response(lines.join(''), { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
