import { collectionSlugs, organisationField } from '@union/shared/collections'
import { isLocaleCode, type LocaleCode, localeCodes } from '@union/shared/locales'
import { documentPaths, type PathPage, pageSegments } from '@union/shared/routes'
import type { PayloadRequest, Where } from 'payload'

/** The collections whose documents have pages of their own, and so addresses that can move. */
export const addressedCollections = [
  collectionSlugs.regionalNetworks,
  collectionSlugs.actionPlans,
  collectionSlugs.pages,
] as const
export type AddressedCollection = (typeof addressedCollections)[number]

export const isAddressedCollection = (slug: string): slug is AddressedCollection =>
  (addressedCollections as readonly string[]).includes(slug)

/** A published document's page in one locale: "pages/12/fi" → "/fi/toiminta/kansainvalinen/". */
export type Addresses = Map<string, string>

export const addressKey = (collection: AddressedCollection, id: number | string, locale: LocaleCode) =>
  `${collection}/${id}/${locale}`

type Published = {
  id: number
  slug?: Partial<Record<LocaleCode, string | null>> | null
  parent?: number | { id: number } | null
  translatedLocales?: string[] | null
}

/**
 * The addresses of an organisation's published documents, as the site builds them
 * (shared/src/routes.ts): a document has a page in each locale its translation is complete in, and
 * a content page's path leaves out ancestors not translated into that locale. Read inside the
 * request's transaction, so a save being made is seen.
 */
export async function publishedAddresses(
  req: PayloadRequest,
  organisation: number | string,
  collections: readonly AddressedCollection[] = addressedCollections,
): Promise<Addresses> {
  const addresses: Addresses = new Map()
  for (const collection of collections) {
    const docs = await publishedDocuments(req, collection, organisation)
    for (const locale of localeCodes) {
      const inLocale = docs.flatMap((doc): PathPage[] => {
        const slug = doc.slug?.[locale]
        return slug && doc.translatedLocales?.includes(locale) ? [{ id: doc.id, slug, parent: doc.parent }] : []
      })
      const byId = new Map(inLocale.map((page) => [page.id, page]))
      for (const doc of inLocale)
        addresses.set(addressKey(collection, doc.id, locale), pathOf(collection, locale, doc, byId))
    }
  }
  return addresses
}

function pathOf(collection: AddressedCollection, locale: LocaleCode, doc: PathPage, pages: Map<number, PathPage>) {
  switch (collection) {
    case collectionSlugs.regionalNetworks:
      return documentPaths.network(locale, doc.slug)
    case collectionSlugs.actionPlans:
      return documentPaths.actionPlan(locale, doc.slug)
    case collectionSlugs.pages:
      return documentPaths.page(locale, pageSegments(doc, pages))
  }
}

async function publishedDocuments(
  req: PayloadRequest,
  collection: AddressedCollection,
  organisation: number | string,
): Promise<Published[]> {
  const where: Where = {
    and: [{ [organisationField]: { equals: organisation } }, { _status: { equals: 'published' } }],
  }
  const found = await inEveryLocale(req, () =>
    req.payload.find({
      collection,
      where,
      locale: 'all',
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: true,
      select: {
        slug: true,
        translatedLocales: true,
        ...(collection === collectionSlugs.pages ? { parent: true } : {}),
      },
      req,
    }),
  )
  return found.docs as unknown as Published[]
}

/**
 * Runs a read in every locale with the request's transaction. The Local API sets the locale it is
 * given on the request it is passed, so the request's own locale is put back afterwards: the save
 * being made goes on in the locale the editor chose.
 */
async function inEveryLocale<Result>(req: PayloadRequest, read: () => Promise<Result>): Promise<Result> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** The locale an address is in: its first segment. */
export function localeOfPath(path: string): LocaleCode | undefined {
  const first = path.split('/')[1]
  return isLocaleCode(first) ? first : undefined
}
