import type { Payload } from 'payload'

/** The admin's edit view of a document, opened in one locale: `/admin/collections/<slug>/<id>?locale=<code>`. */
export function documentEditUrl(payload: Payload, collection: string, id: number | string, locale?: string): string {
  const path = `${payload.config.routes.admin}/collections/${collection}/${id}`
  return locale ? `${path}?locale=${encodeURIComponent(locale)}` : path
}
