import type { Redirect, SiteSettings } from '@union/content-schemas'
import {
  documentAvailabilitySchema,
  type PublishedCollectionSlug,
  publishedCollectionSchemas,
  redirectSchema,
  siteSettingsSchema,
} from '@union/content-schemas'
import { type LocaleCode, localeCodes } from '@union/shared/locales'
import { ContentContractError, type ContractViolation } from './contractError'
import type { ContentSnapshot } from './snapshot'

/** A document in one locale it is translated into, validated against its collection's schema. */
export type TranslatedDocument<Doc = unknown> = { locale: LocaleCode; doc: Doc }

export type ValidatedContent = {
  collections: Record<PublishedCollectionSlug, TranslatedDocument[]>
  /** Every published document's translated locales, by collection, including where it is untranslated. */
  availability: Record<PublishedCollectionSlug, Map<number, LocaleCode[]>>
  siteSettings: Partial<Record<LocaleCode, SiteSettings>>
  /** Old addresses and where they lead now. */
  redirects: Redirect[]
}

/**
 * Checks every document against the contract. A document counts in a locale only when that
 * locale is in its translatedLocales; elsewhere Payload's half-empty fallback is checked only for
 * the fields that say so. All violations are collected, then thrown together.
 */
export function validateContent(snapshot: ContentSnapshot): ValidatedContent {
  const violations: ContractViolation[] = []
  const collections = {} as ValidatedContent['collections']
  const availability = {} as ValidatedContent['availability']
  for (const [collection, schema] of Object.entries(publishedCollectionSchemas) as [
    PublishedCollectionSlug,
    (typeof publishedCollectionSchemas)[PublishedCollectionSlug],
  ][]) {
    collections[collection] = []
    availability[collection] = new Map()
    for (const locale of localeCodes) {
      for (const raw of snapshot.collections[collection]?.[locale] ?? []) {
        const id = String((raw as { id?: unknown })?.id ?? '(no id)')
        const available = documentAvailabilitySchema.safeParse(raw, { reportInput: true })
        if (!available.success) {
          violations.push({ collection, id, locale, issues: available.error.issues })
          continue
        }
        availability[collection].set(available.data.id, available.data.translatedLocales)
        if (!available.data.translatedLocales.includes(locale)) continue
        const parsed = schema.safeParse(raw, { reportInput: true })
        if (parsed.success) collections[collection].push({ locale, doc: parsed.data })
        else violations.push({ collection, id, locale, issues: parsed.error.issues })
      }
    }
  }
  const siteSettings: ValidatedContent['siteSettings'] = {}
  for (const locale of localeCodes) {
    const raw = snapshot.siteSettings[locale]
    if (raw === undefined) continue
    const parsed = siteSettingsSchema.safeParse(raw, { reportInput: true })
    if (parsed.success) siteSettings[locale] = parsed.data
    // Settings never written in this locale, whose fallback has no name either (an organisation
    // whose site is in Vietnamese only has no Finnish to fall back to): the site has none there.
    else if (!writtenIn(raw, locale)) continue
    else
      violations.push({
        collection: 'site-settings',
        id: 'site-settings',
        locale,
        issues: parsed.error.issues,
      })
  }
  const redirects = validateRedirects(snapshot.redirects ?? [], violations)
  if (violations.length > 0) throw new ContentContractError(violations)
  return { collections, availability, siteSettings, redirects }
}

export function validateRedirects(raw: unknown[], violations: ContractViolation[]): Redirect[] {
  return raw.flatMap((each) => {
    const parsed = redirectSchema.safeParse(each, { reportInput: true })
    if (parsed.success) return [parsed.data]
    const id = String((each as { id?: unknown })?.id ?? '(no id)')
    // Not localized: the locale named is the old address's.
    const locale = String((each as { from?: unknown })?.from ?? '').split('/')[1] || 'all'
    violations.push({ collection: 'redirects', id, locale, issues: parsed.error.issues })
    return []
  })
}

function writtenIn(raw: unknown, locale: LocaleCode): boolean {
  const translated = (raw as { translatedLocales?: unknown } | null)?.translatedLocales
  return !Array.isArray(translated) || translated.length === 0 || translated.includes(locale)
}
