import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
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
  if (type) await queueWebhooks(req, event(type, req, { collection: collection.slug, id: doc.id }))
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (context.seed) return doc
  await queueWebhooks(req, event('delete', req, { collection: collection.slug, id: doc.id }))
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global, context }) => {
  if (context.seed) return doc
  const wasPublished = previousDoc?._status === 'published'
  const type =
    doc._status === 'published'
      ? 'publish'
      : wasPublished && !(await globalIsPublished(req, global.slug))
        ? 'unpublish'
        : null
  if (type) await queueWebhooks(req, event(type, req, { global: global.slug }))
  return doc
}

function event(
  type: PublishEvent['type'],
  req: PayloadRequest,
  ref: Pick<PublishEvent, 'collection' | 'global' | 'id'>,
): PublishEvent {
  return {
    type,
    ...ref,
    locales: req.locale && req.locale !== 'all' ? [req.locale] : undefined,
    at: new Date().toISOString(),
  }
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

async function globalIsPublished(req: PayloadRequest, slug: string): Promise<boolean> {
  const current = await req.payload.findGlobal({ slug: slug as never, depth: 0, overrideAccess: true })
  return (current as { _status?: string })._status === 'published'
}
