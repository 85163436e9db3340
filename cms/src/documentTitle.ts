import { defaultLocale } from '@union/shared/locales'
import type { CollectionSlug, Payload } from 'payload'

/**
 * A document's title for the admin's lists and mails, from a document read with `locale: 'all'`:
 * in the default locale, else in the first locale that has one (a page written only in English
 * still has a name), else its id.
 */
export function documentTitle(payload: Payload, collection: CollectionSlug, doc: { id: number | string }): string {
  const field = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const value = (doc as unknown as Record<string, unknown>)[field]
  if (typeof value === 'string' && value) return value
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    const found = [byLocale[defaultLocale], ...Object.values(byLocale)].find(
      (title): title is string => typeof title === 'string' && title.length > 0,
    )
    if (found) return found
  }
  return `#${doc.id}`
}
