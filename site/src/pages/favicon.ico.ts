import type { APIRoute } from 'astro'
import { faviconSizes, iconSource, icoOfPngs, squarePng } from '../lib/siteIcon'
import { siteSettingsByLocale } from '../queries/content'

/** /favicon.ico from the organisation's logo (or its initials), which browsers ask for on every site. */
export const GET: APIRoute = async () => {
  const source = await iconSource(Object.values(await siteSettingsByLocale()))
  const images = await Promise.all(faviconSizes.map(async (size) => ({ size, png: await squarePng(source, size) })))
  return new Response(new Uint8Array(icoOfPngs(images)), { headers: { 'content-type': 'image/x-icon' } })
}
