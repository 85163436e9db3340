import type { LocaleCode } from '@union/shared/locales'
import type { Localized } from './localized'
import { untranslatedIn } from './translations'

/** Documents of a directory not translated into the page's locale, each with the versions that exist. */
export type Untranslated = { versions: { locale: LocaleCode; title: string; href: string }[] }[]

/** The "available in other languages" part of a directory, from any collection. */
export function otherLanguageVersions<Doc extends { id: number }>(
  all: Localized<Doc>[],
  locale: LocaleCode,
  describe: (entry: Localized<Doc>) => { title: string; href: string },
): Untranslated {
  return untranslatedIn(all, locale).map((versions) => ({
    versions: versions.map((entry) => ({ locale: entry.locale, ...describe(entry) })),
  }))
}
