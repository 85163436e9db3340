import { collectionSlugs, organisationField } from '@union/shared/collections'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import { relationIdOf } from '../fields/relationId'
import { type PublishEvent, queueWebhooks } from './queueWebhooks'
import { isScheduledPublishing } from './scheduledPublishing'

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
  if (!type) return doc
  const titles = await titlesOf(req, collection, doc.id)
  await queueWebhooks(req, await event(type, req, { collection: collection.slug, id: doc.id }, doc, titles))
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (context.seed) return doc
  // The document is gone: its title is known only in the locale the delete was made in.
  const title = collection.admin.useAsTitle ? doc[collection.admin.useAsTitle] : undefined
  const titles = typeof title === 'string' && title.trim() ? { [titleLocale(req)]: title } : undefined
  await queueWebhooks(req, await event('delete', req, { collection: collection.slug, id: doc.id }, doc, titles))
  return doc
}

async function event(
  type: PublishEvent['type'],
  req: PayloadRequest,
  ref: Pick<PublishEvent, 'collection' | 'id'>,
  doc: Record<string, unknown>,
  titles: Record<string, string> | undefined,
): Promise<PublishEvent> {
  const scheduled = isScheduledPublishing()
  return {
    type,
    ...ref,
    locales: req.locale && req.locale !== 'all' ? [req.locale] : undefined,
    organisation: await organisationSlug(req, doc[organisationField]),
    at: new Date().toISOString(),
    titles,
    publishedBy: scheduled ? undefined : userName(req.user),
    scheduled: scheduled || undefined,
  }
}

/** What the Site builds view calls the person: their name, else their e-mail. */
function userName(user: PayloadRequest['user']): string | undefined {
  if (!user) return undefined
  const { name, email } = user as { name?: unknown; email?: unknown }
  if (typeof name === 'string' && name.trim()) return name.trim()
  return typeof email === 'string' && email ? email : undefined
}

function titleLocale(req: PayloadRequest): string {
  return req.locale && req.locale !== 'all'
    ? req.locale
    : ((req.payload.config.localization || undefined)?.defaultLocale ?? 'fi')
}

/**
 * The document's title (its useAsTitle field) in every locale that has one, read inside the save's
 * transaction, so the admin can name what a build published in the admin's own content language.
 */
async function titlesOf(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
): Promise<Record<string, string> | undefined> {
  const field = collection.admin.useAsTitle
  if (!field || field === 'id') return undefined
  // The Local API sets the request's locale to the one it is asked for; the save goes on in its own.
  const { locale, fallbackLocale } = req
  let found: { docs: unknown[] }
  try {
    found = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where: { id: { equals: id } },
      locale: 'all',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
  const title = (found.docs[0] as Record<string, unknown> | undefined)?.[field]
  if (typeof title === 'string') return title.trim() ? { [titleLocale(req)]: title } : undefined
  if (!title || typeof title !== 'object') return undefined
  const titles = Object.fromEntries(
    Object.entries(title).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
    ),
  )
  return Object.keys(titles).length > 0 ? titles : undefined
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
