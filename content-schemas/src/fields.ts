import * as z from 'zod'

/** Small field shapes every collection shares, as Payload's REST API returns them. */

export const idSchema = z.number().int().positive()

/** A date field: Payload returns ISO 8601 with time and zone, e.g. 2021-08-01T00:00:00.000Z. */
export const dateSchema = z.iso.datetime({ offset: true })

/** A required localized text: present and not blank in a translated locale. */
export const requiredTextSchema = z.string().trim().min(1)

/** Optional fields come back null when empty, and missing when their locale was never written. */
export const optionalTextSchema = z.string().nullish()

export const httpUrlSchema = z.url({ protocol: /^https?$/ })

/** Only published documents reach the site (`draft=false`, anonymous). */
export const publishedSchema = z.literal('published')

/** A relationship at depth=1: the related document, or only its id when the public may not read it. */
export function relation<Schema extends z.ZodType>(schema: Schema) {
  return z.union([schema, idSchema])
}

/** A relationship whose target the site only needs to identify (e.g. a parent page). */
export const referenceSchema = z.union([idSchema, z.looseObject({ id: idSchema })])
