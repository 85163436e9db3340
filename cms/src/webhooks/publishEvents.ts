import { collectionSlugs, organisationField } from '@union/shared/collections'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { relationIdOf } from '../fields/relationId'
import { type PublishEvent, queueWebhooks } from './queueWebhooks'

/**
 * Announces what the public site must reflect: publishing, unpublishing and deleting. Saving a
 * draft changes nothing public, so it announces nothing. Seeding (context.seed) announces nothing
 * either: the start-up builds the site after seeding anyway.
 */
export const announceCollectionChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  context,
}) => {
  if (context.seed) return doc
  const drafts = Boolean(collection.versions?.drafts)
  const type = drafts ? await publishTransition(req, collection.slug as CollectionSlug, doc, previousDoc) : 'publish'
  if (type) await queueWebhooks(req, await event(type, req, { collection: collection.slug, id: doc.id }, doc))
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (context.seed) return doc
  await queueWebhooks(req, await event('delete', req, { collection: collection.slug, id: doc.id }, doc))
  return doc
}

async function event(
  type: PublishEvent['type'],
  req: PayloadRequest,
  ref: Pick<PublishEvent, 'collection' | 'id'>,
  doc: Record<string, unknown>,
): Promise<PublishEvent> {
  return {
    type,
    ...ref,
    locales: req.locale && req.locale !== 'all' ? [req.locale] : undefined,
    organisation: await organisationSlug(req, doc[organisationField]),
    at: new Date().toISOString(),
  }
}

/** The slug of the document's organisation, read inside the request's transaction. */
async function organisationSlug(req: PayloadRequest, value: unknown): Promise<string | undefined> {
  if (value && typeof value === 'object' && 'slug' in value) return String((value as { slug: unknown }).slug)
  const id = relationIdOf(value)
  if (id === undefined) return undefined
  const found = await req.payload.find({
    collection: collectionSlugs.organisations,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.slug
}

/** A draft save of a published document leaves the published version in place; only a real change of the public state counts. */
async function publishTransition(
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: { id: number | string; _status?: string | null },
  previousDoc: { _status?: string | null } | undefined,
): Promise<PublishEvent['type'] | null> {
  if (doc._status === 'published') return 'publish'
  if (previousDoc?._status !== 'published') return null
  // Read inside the request's transaction: the unpublish being saved is not committed yet.
  const current = await req.payload.find({
    collection,
    where: { id: { equals: doc.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (current.docs[0] as { _status?: string } | undefined)?._status === 'published' ? null : 'unpublish'
}
