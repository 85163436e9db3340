import { type PublishedCollectionSlug, publishedCollectionSchemas } from '@union/content-schemas'
import { collectionSlugs, organisationField } from '@union/shared/collections'
import { type CoverageCounts, type CoverageState, coverageCounts, coverageState } from '@union/shared/coverage'
import { defaultLocale, isLocaleCode, type LocaleCode, localeCodes } from '@union/shared/locales'
import type { Payload } from 'payload'
import { documentTitle } from '../documentTitle'

/** The collections whose translations the site counts: the ones it publishes, as its coverage table does. */
export const coveredCollections = Object.keys(publishedCollectionSchemas) as PublishedCollectionSlug[]

export type DocumentCoverage = {
  id: number
  title: string
  states: Record<LocaleCode, CoverageState>
}

export type CollectionCoverage = {
  collection: PublishedCollectionSlug
  documents: DocumentCoverage[]
  counts: Record<LocaleCode, CoverageCounts>
}

export type OrganisationCoverage = { locales: LocaleCode[]; collections: CollectionCoverage[] }

/**
 * The translation coverage of an organisation's site: its published documents (read as the public
 * reads them, which is what the site builds from) against its languages. The states come from
 * @union/shared/coverage, the definition the build's coverage table uses.
 */
export async function organisationCoverage(payload: Payload, organisation: number): Promise<OrganisationCoverage> {
  const locales = await siteLanguages(payload, organisation)
  const collections = await Promise.all(
    coveredCollections.map(async (collection): Promise<CollectionCoverage> => {
      // Anonymous on purpose (no user, access not overridden): the published documents the public sees.
      const found = await payload.find({
        collection,
        where: { [organisationField]: { equals: organisation } },
        draft: false,
        overrideAccess: false,
        // Every locale's title, so a document written only in English still shows one.
        locale: 'all',
        depth: 0,
        pagination: false,
        sort: 'id',
      })
      const documents = found.docs
        .map((doc) => {
          const translated = (doc.translatedLocales ?? []) as string[]
          return {
            id: doc.id,
            title: documentTitle(payload, collection, doc),
            states: Object.fromEntries(locales.map((locale) => [locale, coverageState(translated, locale)])) as Record<
              LocaleCode,
              CoverageState
            >,
            translated,
          }
        })
        .sort((a, b) => a.title.localeCompare(b.title, defaultLocale))
      return {
        collection,
        documents: documents.map(({ translated: _, ...document }) => document),
        counts: coverageCounts(
          documents.map((document) => document.translated),
          locales,
        ),
      }
    }),
  )
  return { locales, collections }
}

/** The languages the organisation's site settings list; every locale when they list none. */
export async function siteLanguages(payload: Payload, organisation: number): Promise<LocaleCode[]> {
  const settings = await payload.find({
    collection: collectionSlugs.siteSettings,
    where: { [organisationField]: { equals: organisation } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const chosen = (settings.docs[0]?.languages ?? []).filter(isLocaleCode)
  return chosen.length > 0 ? chosen : localeCodes
}
