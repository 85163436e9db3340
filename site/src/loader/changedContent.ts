import { type PublishedCollectionSlug, publishedCollectionSchemas } from '@union/content-schemas'
import { collectionSlugs } from '@union/shared/collections'
import { localeCodes } from '@union/shared/locales'
import type { SiteChange } from '@union/shared/messages/siteChanges'
import type { ChangedDocument, SiteContent } from '../lib/affectedRoutes'
import type { Localized } from '../lib/localized'
import { fetchContent, fetchDocuments, fetchRedirects, fetchSiteSettings } from './fetchContent'
import type { ContentSnapshot } from './snapshot'
import { type ValidatedContent, validateContent } from './validateContent'

/** The site settings; a CMS of before organisations announced them as a global. */
const isSettingsChange = (change: SiteChange) =>
  change.collection === collectionSlugs.siteSettings || change.global === collectionSlugs.siteSettings

/**
 * Redirects are read whole: a handful per site, and one change can shorten several chains. They
 * are read again also when a document with pages of its own changes: a rename records one in the
 * CMS, whose own announcement may come in a later build.
 */
const movableCollections = new Set<string>([
  collectionSlugs.redirects,
  collectionSlugs.pages,
  collectionSlugs.regionalNetworks,
  collectionSlugs.actionPlans,
])
const isRedirectsChange = (change: SiteChange) => change.collection === collectionSlugs.redirects
const mayMoveAddresses = (change: SiteChange) =>
  change.collection !== undefined && movableCollections.has(change.collection)

export type UpdatedContent = { content: ValidatedContent; changed: ChangedDocument[]; fetched: string }

const published = new Set(Object.keys(publishedCollectionSchemas))
const isPublished = (collection: string | undefined): collection is PublishedCollectionSlug =>
  collection !== undefined && published.has(collection)

/**
 * The content after `changes`, from the content of the previous build: only the documents named by
 * the changes are fetched (every locale) and validated, the rest is reused as it was. A change the
 * site cannot pin to documents (a contact or image, which documents embed; a manual rebuild) makes
 * it fetch everything, and the changed documents are then found by comparing.
 */
export async function updatedContent(
  previous: ValidatedContent,
  changes: SiteChange[],
  cmsUrl: string,
): Promise<UpdatedContent> {
  const pinned = changes.every(
    (change) =>
      (isPublished(change.collection) && change.id !== undefined) ||
      isSettingsChange(change) ||
      isRedirectsChange(change),
  )
  if (!pinned || changes.length === 0) {
    const content = validateContent(await fetchContent(cmsUrl))
    return { content, changed: changedDocuments(previous, content), fetched: 'every document' }
  }
  const idsByCollection = new Map<PublishedCollectionSlug, Set<number>>()
  for (const { collection, id } of changes) {
    if (!isPublished(collection) || id === undefined) continue
    idsByCollection.set(collection, (idsByCollection.get(collection) ?? new Set()).add(Number(id)))
  }
  const collections: Partial<ContentSnapshot['collections']> = {}
  for (const [collection, ids] of idsByCollection)
    collections[collection] = await fetchDocuments(cmsUrl, collection, [...ids])
  const settingsChanged = changes.some(isSettingsChange)
  const redirectsChanged = changes.some(mayMoveAddresses)
  const fresh = validateContent({
    source: cmsUrl,
    fetchedAt: new Date().toISOString(),
    collections: collections as ContentSnapshot['collections'],
    siteSettings: settingsChanged ? await fetchSiteSettings(cmsUrl) : {},
    redirects: redirectsChanged ? await fetchRedirects(cmsUrl) : [],
  })
  const content = mergeContent(previous, fresh, idsByCollection)
  if (settingsChanged) content.siteSettings = fresh.siteSettings
  if (redirectsChanged) content.redirects = fresh.redirects
  const changed = [...idsByCollection].flatMap(([collection, ids]) => [...ids].map((id) => ({ collection, id })))
  const count = changed.length
  return {
    content,
    changed,
    fetched: [
      `${count} document${count === 1 ? '' : 's'}`,
      ...(settingsChanged ? ['the site settings'] : []),
      ...(redirectsChanged ? ['the redirects'] : []),
    ].join(' and '),
  }
}

/** The previous content with the documents in `replaced` swapped for their fresh versions (or removed). */
export function mergeContent(
  previous: ValidatedContent,
  fresh: ValidatedContent,
  replaced: Map<PublishedCollectionSlug, Set<number>>,
): ValidatedContent {
  const collections = { ...previous.collections }
  const availability = { ...previous.availability }
  for (const [collection, ids] of replaced) {
    const kept = previous.collections[collection].filter((entry) => !ids.has(idOf(entry.doc)))
    collections[collection] = sortLikeTheCms([...kept, ...fresh.collections[collection]])
    const documents = new Map([...previous.availability[collection]].filter(([id]) => !ids.has(id)))
    for (const [id, locales] of fresh.availability[collection]) documents.set(id, locales)
    availability[collection] = new Map([...documents].sort(([a], [b]) => a - b))
  }
  return { collections, availability, siteSettings: previous.siteSettings, redirects: previous.redirects }
}

/** The order a full fetch gives (locale by locale, then by id), which lists and menus follow. */
function sortLikeTheCms<Entry extends ValidatedContent['collections'][PublishedCollectionSlug][number]>(
  entries: Entry[],
): Entry[] {
  const localeIndex = (entry: Entry) => localeCodes.indexOf(entry.locale)
  return entries.sort((a, b) => localeIndex(a) - localeIndex(b) || idOf(a.doc) - idOf(b.doc))
}

const idOf = (doc: unknown) => (doc as { id: number }).id

/** The documents whose versions differ between two contents (found by comparing every document). */
export function changedDocuments(before: ValidatedContent, after: ValidatedContent): ChangedDocument[] {
  const changed: ChangedDocument[] = []
  for (const collection of Object.keys(publishedCollectionSchemas) as PublishedCollectionSlug[]) {
    const versions = (content: ValidatedContent) => {
      const byId = new Map<number, string>()
      for (const entry of content.collections[collection]) {
        const id = idOf(entry.doc)
        byId.set(id, `${byId.get(id) ?? ''}${JSON.stringify(entry)}`)
      }
      return byId
    }
    const old = versions(before)
    const now = versions(after)
    for (const id of new Set([...old.keys(), ...now.keys()])) {
      if (old.get(id) !== now.get(id)) changed.push({ collection, id })
    }
  }
  return changed
}

/** The validated content in the shape affectedRoutes reads. */
export function siteContentOf(content: ValidatedContent): SiteContent {
  const of = <Doc>(collection: PublishedCollectionSlug) => content.collections[collection] as Localized<Doc>[]
  return {
    networks: of(collectionSlugs.regionalNetworks),
    partners: of(collectionSlugs.internationalPartners),
    plans: of(collectionSlugs.actionPlans),
    targets: of(collectionSlugs.actionPlanTargets),
    pages: of(collectionSlugs.pages),
    settingsByLocale: content.siteSettings,
    redirects: content.redirects,
  }
}
