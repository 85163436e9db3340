import type { Validate } from 'payload'
import type { Label } from '../i18n/label'
import { addsTo, builtIn } from './builtIn'
import { inLanguage, message } from './messages'
import { type RelationValue, relationsNotFound } from './relations'
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
/** `otherLabel` names the other field in the message, in the requester's admin language. */
export function validateAfterSibling(otherField: string, otherLabel: Label): Validate<string | Date> {
  return addsTo(builtIn.date, (value, { req, siblingData, data }) => {
    const other = (siblingData as Record<string, unknown>)[otherField] ?? lookup(data, otherField)
    if (!value || !other) return true
    if (new Date(value).getTime() > new Date(other as string).getTime()) return true
    return message(req, 'dateNotAfter', { other: inLanguage(req, otherLabel), otherDate: String(other).slice(0, 10) })
  })
}

function lookup(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data)
}

/** The related documents exist; asked on submit only, not on every keystroke in the admin. */
const relatedDocumentsExist: Validate = async (value, options) => {
  if (value === null || value === undefined || options.event === 'onChange') return true
  const { relationTo } = options as unknown as { relationTo: string | string[] }
  const [first] = await relationsNotFound(options.req, relationTo, value as RelationValue | RelationValue[])
  return first ? message(options.req, 'relationshipMissing', first) : true
}

/** Payload checks the id's shape and the organisation (builtIn); this also checks that the related document exists. */
export const validateRelationshipExists = addsTo(builtIn.relationship, relatedDocumentsExist)
export const validateUploadExists = addsTo(builtIn.upload, relatedDocumentsExist)
