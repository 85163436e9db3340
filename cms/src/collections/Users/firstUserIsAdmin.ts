import { collectionSlugs } from '@union/shared/collections'
import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on the admin's "create first user" screen must be able to manage everything. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: collectionSlugs.users, overrideAccess: true, req })
  return existing.totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
