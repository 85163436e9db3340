import { organisationField } from '@union/shared/collections'
import type { LocaleCode } from '@union/shared/locales'
import type { Payload, Where } from 'payload'

/** Creating a seeded document once, in the languages its source has, and counting what happened. */

export type SeededCollection =
  | 'contacts'
  | 'regional-networks'
  | 'international-partners'
  | 'action-plans'
  | 'action-plan-targets'
  | 'pages'

export type SeedCount = { created: number; existing: number }

/** Per collection: documents created by this run, and found from an earlier one. */
export type SeedReport = Record<SeededCollection | 'site-settings' | 'organisations', SeedCount>

/** `organisation`: the id of the organisation every document seeded with this context belongs to. */
export type SeedContext = { payload: Payload; log: (line: string) => void; report: SeedReport; organisation: ID }

export type ID = number | string

/** Hooks can tell seeding from editing by this context. */
export const seedRequestContext = { seed: true }

export function emptyReport(): SeedReport {
  const count = (): SeedCount => ({ created: 0, existing: 0 })
  return {
    contacts: count(),
    'regional-networks': count(),
    'international-partners': count(),
    'action-plans': count(),
    'action-plan-targets': count(),
    pages: count(),
    'site-settings': count(),
    organisations: count(),
  }
}

type Data = Record<string, unknown>

export type Lookup = { locale: LocaleCode; where: Where }

export type DocumentSeed = {
  collection: SeededCollection
  /** The name in progress lines. */
  label: string
  /** How a document from an earlier run is recognised; tried in order. */
  lookups: Lookup[]
  /** Fields that are the same in every language. */
  shared: Data
  /** Localized fields per language; the document is created in the first and translated into the rest. */
  texts: [LocaleCode, Data][]
  /** The languages the source has; defaults to every language in `texts`. */
  translatedLocales?: LocaleCode[]
}

export type Seeded = { id: ID; created: boolean }

export function bySlug(locale: LocaleCode, slug: string): Lookup {
  return { locale, where: { slug: { equals: slug } } }
}

export async function findExisting(
  ctx: SeedContext,
  collection: SeededCollection,
  lookups: Lookup[],
): Promise<ID | undefined> {
  for (const { locale, where } of lookups) {
    const found = await ctx.payload.find({
      collection,
      // Two organisations may have a document with the same slug (each its own "SAK").
      where: { and: [where, { [organisationField]: { equals: ctx.organisation } }] },
      locale,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      context: seedRequestContext,
    })
    const doc = found.docs[0]
    if (doc) return doc.id
  }
  return undefined
}

/**
 * Creates the document unless an earlier run did. Published in every language it is written in;
 * each language is its own update, so no language's text lands in another locale.
 */
export async function ensureDocument(ctx: SeedContext, seed: DocumentSeed): Promise<Seeded> {
  const existing = await findExisting(ctx, seed.collection, seed.lookups)
  if (existing !== undefined) {
    ctx.report[seed.collection].existing += 1
    ctx.log(`[seed] ${seed.collection}: ${seed.label} exists`)
    return { id: existing, created: false }
  }
  const [first, ...rest] = seed.texts
  if (!first) throw new Error(`${seed.collection} "${seed.label}" has no texts`)
  const translatedLocales = seed.translatedLocales ?? seed.texts.map(([locale]) => locale)
  const created = await ctx.payload.create({
    collection: seed.collection,
    locale: first[0],
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    context: seedRequestContext,
    data: {
      ...seed.shared,
      ...first[1],
      [organisationField]: ctx.organisation,
      translatedLocales,
      _status: 'published',
    } as never,
  })
  for (const [locale, data] of rest) await updateLocale(ctx, seed.collection, created.id, locale, data)
  ctx.report[seed.collection].created += 1
  ctx.log(`[seed] ${seed.collection}: ${seed.label} created (${seed.texts.map(([locale]) => locale).join(', ')})`)
  return { id: created.id, created: true }
}

/** Writes one language of a document and keeps it published. */
export async function updateLocale(
  ctx: SeedContext,
  collection: SeededCollection,
  id: ID,
  locale: LocaleCode,
  data: Data,
): Promise<void> {
  await ctx.payload.update({
    collection,
    id,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    context: seedRequestContext,
    data: { ...data, _status: 'published' } as never,
  })
}
