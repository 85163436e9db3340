import { defaultLocale, type LocaleCode } from '@union/shared/locales'
import { type Localized, versionsOf } from './localized'

/** A real translation of the current page: its locale and path. */
export type Alternate = { locale: LocaleCode; path: string }

/** The translations of one document, each at its own localized path. */
export function documentAlternates<Doc extends { id: number }>(
  all: Localized<Doc>[],
  id: number,
  pathOf: (entry: Localized<Doc>) => string,
): Alternate[] {
  return versionsOf(all, id).map((entry) => ({ locale: entry.locale, path: pathOf(entry) }))
}

/** x-default: the default locale's version when there is one, else English, else the first translation. */
export function defaultAlternate(alternates: Alternate[]): Alternate | undefined {
  return (
    alternates.find((entry) => entry.locale === defaultLocale) ??
    alternates.find((entry) => entry.locale === 'en') ??
    alternates[0]
  )
}

/** The documents not translated into `locale`, each with the translations it does have. */
export function untranslatedIn<Doc extends { id: number }>(
  all: Localized<Doc>[],
  locale: LocaleCode,
): Localized<Doc>[][] {
  const byId = new Map<number, Localized<Doc>[]>()
  for (const entry of all) byId.set(entry.doc.id, [...(byId.get(entry.doc.id) ?? []), entry])
  return [...byId.values()].filter((versions) => !versions.some((entry) => entry.locale === locale))
}
