import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { CollectionSlug, Payload } from 'payload'

/** Our own words in each admin language, as Payload's per-language label objects hold them. */
export type Words = { fi: string; sv: string; en: string }

/** A translator for our words in the admin's language (falling back as Payload does). */
export const wordsIn =
  (i18n: I18nClient) =>
  (words: Words): string =>
    getTranslation(words as Record<string, string>, i18n)

/** A collection's plural label in the admin's language, as plain text (for headings and mail). */
export function collectionLabel(payload: Payload, collection: CollectionSlug, i18n: I18nClient): string {
  const label = getTranslation(payload.collections[collection].config.labels.plural, i18n)
  return typeof label === 'string' ? label : collection
}
