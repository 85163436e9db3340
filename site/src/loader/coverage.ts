import type { PublishedCollectionSlug } from '@union/content-schemas'
import { type CoverageCounts, coverageCounts } from '@union/shared/coverage'
import { type LocaleCode, localeCodes } from '@union/shared/locales'
import type { ValidatedContent } from './validateContent'

/**
 * Per collection and locale, how many published documents are translated, falling back or missing
 * (the definitions are in @union/shared/coverage, shared with the admin's coverage view).
 */
export function coverageByCollection(
  availability: ValidatedContent['availability'],
  locales: readonly LocaleCode[] = localeCodes,
): Record<PublishedCollectionSlug, Record<LocaleCode, CoverageCounts>> {
  return Object.fromEntries(
    Object.entries(availability).map(([collection, documents]) => [
      collection,
      coverageCounts(documents.values(), locales),
    ]),
  ) as Record<PublishedCollectionSlug, Record<LocaleCode, CoverageCounts>>
}

/** The coverage as the build log prints it: one row per collection, `translated/falling back/missing` per locale. */
export function coverageTable(availability: ValidatedContent['availability']): string {
  const coverage = coverageByCollection(availability)
  const collections = Object.keys(coverage) as PublishedCollectionSlug[]
  const first = Math.max(...collections.map((name) => name.length), 'collection'.length)
  const cell = 9
  const header = ['collection'.padEnd(first), ...localeCodes.map((code) => code.padStart(cell))].join(' ')
  const rows = collections.map((collection) =>
    [
      collection.padEnd(first),
      ...localeCodes.map((locale) => {
        const { translated, fallingBack, missing } = coverage[collection][locale]
        return `${translated}/${fallingBack}/${missing}`.padStart(cell)
      }),
    ].join(' '),
  )
  return ['Translation coverage (translated/falling back/missing documents):', header, ...rows].join('\n')
}
