import { collectionSlugs } from '@union/shared/collections'
import type { Validate } from 'payload'
import { addsTo, builtIn } from '../../validation/builtIn'
import { message } from '../../validation/messages'

const maxDepth = 20

/** The parent must exist and must not be the page itself or one of its descendants. */
export const validateParent: Validate = addsTo(builtIn.relationship, async (value, options) => {
  if (value === null || value === undefined || options.event === 'onChange') return true
  const { req, id } = options
  let current: unknown = typeof value === 'object' ? (value as { id: unknown }).id : value
  for (let depth = 0; current !== null && current !== undefined && depth < maxDepth; depth += 1) {
    if (id !== undefined && String(current) === String(id)) return message(req, 'parentCycle')
    const found = await req.payload.find({
      collection: collectionSlugs.pages,
      where: { id: { equals: current } },
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      limit: 1,
    })
    const page = found.docs[0]
    if (!page) return message(req, 'relationshipMissing', { collection: collectionSlugs.pages, id: String(current) })
    current = typeof page.parent === 'object' && page.parent !== null ? page.parent.id : page.parent
  }
  return true
})
