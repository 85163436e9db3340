import { organisationField } from '@union/shared/collections'
import type { CollectionSlug, PayloadRequest, Validate, Where } from 'payload'
import { relationIdOf } from '../fields/relationId'
import { addsTo, builtIn } from './builtIn'
import { message } from './messages'
import { isCountryCode, isEmailDomain, isHttpUrl, isInFuture, isPhoneNumber } from './rules'

/**
 * Payload field validators with our localized messages, each added to Payload's own check for its
 * field type (`builtIn`), which it would otherwise replace. Empty values pass our part; `required`
 * and the built-in check guard those.
 */

export const validateHttpUrl: Validate<string> = addsTo(
  builtIn.text,
  (value, { req }) => !value || isHttpUrl(value) || message(req, 'urlInvalid'),
)

export const validatePhone: Validate<string> = addsTo(
  builtIn.text,
  (value, { req }) => !value || isPhoneNumber(value) || message(req, 'phoneInvalid'),
)

export const validateCountryCode: Validate<string> = addsTo(
  builtIn.text,
  (value, { req }) => !value || isCountryCode(value) || message(req, 'countryCode'),
)

/** For a `hasMany` text field: the built-in check makes sure it is a list of strings. */
export const validateEmailDomains: Validate<string[]> = addsTo(
  builtIn.text,
  (value: string[] | null | undefined, { req }) => !value || value.every(isEmailDomain) || message(req, 'emailDomain'),
)

export const validateNumber: Validate<number> = builtIn.number

export const validateNotInFuture: Validate<string | Date> = addsTo(
  builtIn.date,
  (value, { req }) => !value || !isInFuture(value) || message(req, 'dateInFuture'),
)

/** A date that must come after a sibling date field, e.g. a deadline after the baseline. */
export function validateAfterSibling(otherField: string, otherLabel: string): Validate<string | Date> {
  return addsTo(builtIn.date, (value, { req, siblingData, data }) => {
    const other = (siblingData as Record<string, unknown>)[otherField] ?? lookup(data, otherField)
    if (!value || !other) return true
    if (new Date(value).getTime() > new Date(other as string).getTime()) return true
    return message(req, 'dateNotAfter', { other: otherLabel, otherDate: String(other).slice(0, 10) })
  })
}

function lookup(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data)
}

type RelationValue = string | number | { relationTo: string; value: string | number | { id: string | number } }

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
async function relationsNotFound(
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

/** The related documents exist; asked on submit only, not on every keystroke in the admin. */
const relatedDocumentsExist: Validate = async (value, options) => {
  if (value === null || value === undefined || options.event === 'onChange') return true
  const { relationTo } = options as unknown as { relationTo: string | string[] }
  const [first] = await relationsNotFound(options.req, relationTo, value as RelationValue | RelationValue[])
  return first ? message(options.req, 'relationshipMissing', first) : true
}

/**
 * Payload checks the id's shape, and (through the multi-tenant plugin's filter) that the related
 * document is of the same organisation; this also checks that the related document exists, and says
 * which of the two it is when Payload's "invalid selection" does not.
 */
function relatedDocuments(base: Validate): Validate {
  return async (value, options) => {
    const result = await base(value, options)
    if (result === true) return relatedDocumentsExist(value, options)
    if (value === null || value === undefined || options.event === 'onChange') return result
    const { relationTo } = options as unknown as { relationTo: string | string[] }
    const values = value as RelationValue | RelationValue[]
    const [missing] = await relationsNotFound(options.req, relationTo, values).catch(() => [])
    if (missing) return message(options.req, 'relationshipMissing', missing)
    const [elsewhere] = await relationsOfOtherOrganisations(options, relationTo, values).catch(() => [])
    return elsewhere ? message(options.req, 'relationshipElsewhere', elsewhere) : result
  }
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

export const validateRelationshipExists = relatedDocuments(builtIn.relationship)
export const validateUploadExists = relatedDocuments(builtIn.upload)
