import { partnerKinds, partnerRelationships, partnerScopes, partnerStatuses } from '@union/shared/vocabulary'
import * as z from 'zod'
import { translatableDocumentShape } from './document'
import { dateSchema, httpUrlSchema, optionalTextSchema, referenceSchema, requiredTextSchema } from './fields'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'

/** A funder at depth=1: the partner with its name (in the requested locale, possibly fallback) or its id. */
const funderSchema = z.union([
  z.looseObject({
    id: z.number(),
    name: z.string().nullish(),
    abbreviation: optionalTextSchema,
    translatedLocales: z.array(z.string()).nullish(),
  }),
  referenceSchema,
])

/** Money from a funder that is not a partner, channelled through one (the European Commission through LO/FTF). */
export const channelledFundingSchema = z.object({
  funder: optionalTextSchema,
  intermediary: funderSchema,
  places: z.array(z.string()).nullish(),
})

export const cooperationProjectSchema = z.object({
  title: requiredTextSchema,
  funders: z.array(funderSchema).nullish(),
  fundedThrough: z.array(channelledFundingSchema).nullish(),
  places: z.array(z.string()).nullish(),
  start: dateSchema.nullish(),
  end: dateSchema.nullish(),
  outcome: optionalTextSchema,
})

/**
 * Projects are rows of a shared list whose texts are localized: a row with no title in this locale
 * was written for another language (VGCL's projects exist in Vietnamese only) and is not part of
 * this translation, so it is left out here rather than shown untitled.
 */
function withoutUntranslatedRows(rows: unknown): unknown {
  if (!Array.isArray(rows)) return rows
  return rows.filter((row) => typeof row !== 'object' || row === null || (row as { title?: unknown }).title != null)
}

export const internationalPartnerSchema = z.object({
  ...translatableDocumentShape,
  name: requiredTextSchema,
  slug: requiredTextSchema,
  abbreviation: optionalTextSchema,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullish(),
  kind: z.enum(partnerKinds),
  scope: z.enum(partnerScopes),
  relationship: z.enum(partnerRelationships),
  status: z.enum(partnerStatuses),
  website: httpUrlSchema.nullish(),
  description: richTextSchema.nullish(),
  cooperationProjects: z.preprocess(withoutUntranslatedRows, z.array(cooperationProjectSchema).nullish()),
  seo: seoSchema,
})

export type CooperationProject = z.infer<typeof cooperationProjectSchema>
export type ChannelledFunding = z.infer<typeof channelledFundingSchema>
export type Funder = z.infer<typeof funderSchema>
export type InternationalPartner = z.infer<typeof internationalPartnerSchema>
