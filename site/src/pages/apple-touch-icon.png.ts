import type { APIRoute } from 'astro'
import { appleTouchIconSize, iconSource, squarePng } from '../lib/siteIcon'
import { siteSettingsByLocale } from '../queries/content'

/** The home-screen icon iOS and others fetch from /apple-touch-icon.png, from the same picture as the favicon. */
export const GET: APIRoute = async () => {
  const source = await iconSource(Object.values(await siteSettingsByLocale()))
  const png = await squarePng(source, appleTouchIconSize, '#ffffff')
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } })
}
