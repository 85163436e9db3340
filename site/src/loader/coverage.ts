import type { PublishedCollectionSlug } from '@union/content-schemas'
import { defaultLocale, localeCodes } from '@union/shared/locales'
import type { ValidatedContent } from './validateContent'

/**
 * Per collection and locale: translated (published in that locale), falling back (not translated,
 * but complete in the default locale, which Payload would serve instead) and missing (neither).
 */
export function coverageTable(availability: ValidatedContent['availability']): string {
  const counts = (collection: PublishedCollectionSlug, locale: string) => {
    let translated = 0
    let fallingBack = 0
    let missing = 0
    for (const locales of availability[collection].values()) {
      if ((locales as string[]).includes(locale)) translated++
      else if (locales.includes(defaultLocale)) fallingBack++
      else missing++
    }
    return `${translated}/${fallingBack}/${missing}`
  }
  const collections = Object.keys(availability) as PublishedCollectionSlug[]
  const first = Math.max(...collections.map((name) => name.length), 'collection'.length)
  const cell = 9
  const header = ['collection'.padEnd(first), ...localeCodes.map((code) => code.padStart(cell))].join(' ')
  const rows = collections.map((collection) =>
    [collection.padEnd(first), ...localeCodes.map((locale) => counts(collection, locale).padStart(cell))].join(' '),
  )
  return ['Translation coverage (translated/falling back/missing documents):', header, ...rows].join('\n')
}
