import type { PublishedCollectionSlug } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'

/**
 * Everything the site is built from, exactly as the REST API returned it, per collection and
 * locale. scripts/export-content.ts writes it as content.json (media files beside it in media/);
 * the loader reads it when CONTENT_SNAPSHOT is set, and validates it like a live fetch.
 */
export type ContentSnapshot = {
  source: string
  fetchedAt: string
  collections: Record<PublishedCollectionSlug, Partial<Record<LocaleCode, unknown[]>>>
  siteSettings: Partial<Record<LocaleCode, unknown>>
  /** The organisation's redirects (not localized); a snapshot of before they existed has none. */
  redirects?: unknown[]
}

export const snapshotMediaFolder = 'media'
