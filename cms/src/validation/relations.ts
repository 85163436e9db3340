import { organisationField } from '@union/shared/collections'
import type { CollectionSlug, PayloadRequest, Validate, Where } from 'payload'
import { relationIdOf } from '../fields/relationId'
import { message } from './messages'

/**
 * Payload refuses a relationship to a document of another organisation (through the multi-tenant
 * plugin's filter) and one to a document that does not exist alike: "This field has the following
 * invalid selections: 2". Without a filter (a relationship to users) it checks no existence at all,
 * and the database's foreign key then failed the save with a 500. This refuses a missing document on
 * every relationship and upload field, and says which of the two it is.
 */
export function explainsRefusedRelations(base: Validate): Validate {
  return async (value, options) => {
    const result = await base(value, options)
    if (value === null || value === undefined || options.event === 'onChange') return result
    const { relationTo } = options as unknown as { relationTo: string | string[] }
    const values = value as RelationValue | RelationValue[]
    const [missing] = await relationsNotFound(options.req, relationTo, values).catch(() => [])
    if (missing) return message(options.req, 'relationshipMissing', missing)
    if (result === true) return true
    const [elsewhere] = await relationsOfOtherOrganisations(options, relationTo, values).catch(() => [])
    return elsewhere ? message(options.req, 'relationshipElsewhere', elsewhere) : result
  }
}

export type RelationValue = string | number | { relationTo: string; value: string | number | { id: string | number } }

/** The related documents a relationship value names, one per entry, as collection and id. */
function relatedEntries(
  relationTo: string | string[],
  value: RelationValue | RelationValue[],
): { collection: string; id: string | number }[] {
  return (Array.isArray(value) ? value : [value]).flatMap((entry) => {
    const collection = typeof entry === 'object' && entry !== null ? entry.relationTo : (relationTo as string)
    const raw = typeof entry === 'object' && entry !== null ? entry.value : entry
    const id = typeof raw === 'object' && raw !== null ? raw.id : raw
    return id === null || id === undefined ? [] : [{ collection, id }]
  })
}

/**
 * The related documents that match no document with `where` beside their id (read without access
 * control, inside the request's transaction): with none, the ones that do not exist.
 */
export async function relationsNotFound(
  req: PayloadRequest,
  relationTo: string | string[],
  value: RelationValue | RelationValue[],
  where?: Where,
): Promise<{ collection: string; id: string }[]> {
  const notFound: { collection: string; id: string }[] = []
  for (const { collection, id } of relatedEntries(relationTo, value)) {
    const found = await req.payload.count({
      collection: collection as CollectionSlug,
      where: where ? { and: [{ id: { equals: id } }, where] } : { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs === 0) notFound.push({ collection, id: String(id) })
  }
  return notFound
}

/** Related documents whose organisation is not the saved document's. */
async function relationsOfOtherOrganisations(
  options: Parameters<Validate>[1],
  relationTo: string | string[],
  value: RelationValue | RelationValue[],
): Promise<{ collection: string; id: string }[]> {
  const organisation = relationIdOf((options.data as Record<string, unknown> | undefined)?.[organisationField])
  if (organisation === undefined) return []
  // Not found among the documents of its own organisation, though it exists (checked before).
  return relationsNotFound(options.req, relationTo, value, { [organisationField]: { equals: organisation } })
}
