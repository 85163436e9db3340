import { defaultLocale, type LocaleCode } from './locales'

/**
 * How a document stands in one locale. The one definition, used by the site build's coverage table
 * and the admin's coverage view, so the two cannot disagree:
 * - translated: the locale is in the document's `translatedLocales`;
 * - falling back: it is not, but the document is complete in the default locale, which Payload
 *   serves in its place;
 * - missing: neither.
 */
export type CoverageState = 'translated' | 'fallingBack' | 'missing'

export const coverageStates: readonly CoverageState[] = ['translated', 'fallingBack', 'missing']

export type CoverageCounts = Record<CoverageState, number>

export function coverageState(translatedLocales: readonly string[], locale: LocaleCode): CoverageState {
  if (translatedLocales.includes(locale)) return 'translated'
  if (translatedLocales.includes(defaultLocale)) return 'fallingBack'
  return 'missing'
}

/** Per locale, how many of the documents (each given by its `translatedLocales`) stand in each state. */
export function coverageCounts(
  documents: Iterable<readonly string[]>,
  locales: readonly LocaleCode[],
): Record<LocaleCode, CoverageCounts> {
  const counts = Object.fromEntries(
    locales.map((locale) => [locale, { translated: 0, fallingBack: 0, missing: 0 }]),
  ) as Record<LocaleCode, CoverageCounts>
  for (const translated of documents) {
    for (const locale of locales) counts[locale][coverageState(translated, locale)]++
  }
  return counts
}
