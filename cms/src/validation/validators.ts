import type { CollectionSlug, PayloadRequest, Validate } from 'payload'
import { number as payloadNumber, relationship as payloadRelationship, upload as payloadUpload } from 'payload/shared'
import { message } from './messages'
import { isCountryCode, isEmailDomain, isHttpUrl, isInFuture, isPhoneNumber } from './rules'

/** Payload field validators with our localized messages. Empty values pass; `required` guards those. */

export const validateHttpUrl: Validate<string> = (value, { req }) =>
  !value || isHttpUrl(value) || message(req, 'urlInvalid')

export const validatePhone: Validate<string> = (value, { req }) =>
  !value || isPhoneNumber(value) || message(req, 'phoneInvalid')

export const validateCountryCode: Validate<string> = (value, { req }) =>
  !value || isCountryCode(value) || message(req, 'countryCode')

export const validateEmailDomains: Validate<string[]> = (value, { req }) =>
  !value || value.every(isEmailDomain) || message(req, 'emailDomain')

/** Payload turns "six" into NaN and lets it pass when the field is optional; we name it. */
export const validateNumber: Validate<number> = (value, options) =>
  typeof value === 'number' && Number.isNaN(value)
    ? message(options.req, 'notANumber')
    : (payloadNumber as Validate<number>)(value, options)

export const validateNotInFuture: Validate<string | Date> = (value, { req }) =>
  !value || !isInFuture(value) || message(req, 'dateInFuture')

/** A date that must come after a sibling date field, e.g. a deadline after the baseline. */
export function validateAfterSibling(otherField: string, otherLabel: string): Validate<string | Date> {
  return (value, { req, siblingData, data }) => {
    const other = (siblingData as Record<string, unknown>)[otherField] ?? lookup(data, otherField)
    if (!value || !other) return true
    if (new Date(value).getTime() > new Date(other as string).getTime()) return true
    return message(req, 'dateNotAfter', { other: otherLabel, otherDate: String(other).slice(0, 10) })
  }
}

function lookup(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data)
}

type RelationValue = string | number | { relationTo: string; value: string | number | { id: string | number } }

/** Which ids of a relationship value do not exist (read without access control, inside the request's transaction). */
async function missingRelations(
  req: PayloadRequest,
  relationTo: string | string[],
  value: RelationValue | RelationValue[],
): Promise<{ collection: string; id: string }[]> {
  const missing: { collection: string; id: string }[] = []
  for (const entry of Array.isArray(value) ? value : [value]) {
    const collection = typeof entry === 'object' && entry !== null ? entry.relationTo : (relationTo as string)
    const raw = typeof entry === 'object' && entry !== null ? entry.value : entry
    const id = typeof raw === 'object' && raw !== null ? raw.id : raw
    if (id === null || id === undefined) continue
    const found = await req.payload.count({
      collection: collection as CollectionSlug,
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs === 0) missing.push({ collection, id: String(id) })
  }
  return missing
}

function existenceValidator(base: Validate): Validate {
  return async (value, options) => {
    const baseResult = await base(value, options)
    if (baseResult !== true || value === null || value === undefined || options.event === 'onChange') return baseResult
    const { relationTo } = options as unknown as { relationTo: string | string[] }
    const [first] = await missingRelations(options.req, relationTo, value as RelationValue | RelationValue[])
    return first ? message(options.req, 'relationshipMissing', first) : true
  }
}

/** Payload checks the id's shape; this also checks that the related document exists. */
export const validateRelationshipExists = existenceValidator(payloadRelationship as Validate)
export const validateUploadExists = existenceValidator(payloadUpload as Validate)
