import { organisationField } from '@union/shared/collections'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { relationIdOf } from '../fields/relationId'
import { type Addresses, isAddressedCollection, publishedAddresses } from './publishedAddresses'
import { dropRedirectsFrom, recordRedirect } from './redirectStore'

const beforeKey = (collection: string, id: unknown) => `addressesBefore:${collection}:${String(id)}`

/**
 * Before a published document is saved as published again: the addresses its collection's
 * documents have now. A draft save changes no address, and seeding has no old site to keep.
 */
const remembersAddresses: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (context.seed || operation !== 'update' || data._status !== 'published') return data
  // Not originalDoc's status: after a draft save it is the draft's, while the published version
  // (what publishedAddresses reads) is still in place.
  if (!isAddressedCollection(collection.slug) || !originalDoc) return data
  const organisation = relationIdOf(originalDoc[organisationField])
  if (organisation === undefined) return data
  const addresses = await publishedAddresses(req, organisation, [collection.slug])
  // On req.context, after the read: every Local API call replaces req.context with a copy, so the
  // `context` this hook was given is no longer the one the afterChange hook gets.
  req.context[beforeKey(collection.slug, originalDoc.id)] = addresses
  return data
}

/**
 * After a publish: every page of the collection whose address moved (the document in each locale
 * whose slug changed, and for a content page whose slug or parent changed, its subpages too) gets a
 * redirect from its old address, and redirects from addresses that are pages again are dropped.
 */
const recordsMovedAddresses: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (context.seed || doc._status !== 'published' || !isAddressedCollection(collection.slug)) return doc
  const organisation = relationIdOf(doc[organisationField])
  if (organisation === undefined) return doc
  const after = await publishedAddresses(req, organisation, [collection.slug])
  await dropRedirectsFrom(req, organisation, [...after.values()])
  const before = req.context[beforeKey(collection.slug, doc.id)] as Addresses | undefined
  for (const { from, to } of moves(before, after)) await recordRedirect(req, organisation, from, to)
  return doc
}

function moves(before: Addresses | undefined, after: Addresses): { from: string; to: string }[] {
  if (!before) return []
  const live = new Set(after.values())
  return [...before].flatMap(([key, from]) => {
    const to = after.get(key)
    return to && to !== from && !live.has(from) ? [{ from, to }] : []
  })
}

/** A collection whose published documents keep their old addresses working when they move. */
export function keepsOldAddresses(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), remembersAddresses],
      afterChange: [...(collection.hooks?.afterChange ?? []), recordsMovedAddresses],
    },
  }
}
