import { collectionSlugs } from '@union/shared/collections'
import * as z from 'zod'
import { contactRelationsSchema } from './contact'
import { httpUrlSchema, optionalTextSchema, referenceSchema, relation, requiredTextSchema } from './fields'
import { mediaSchema } from './media'
import { richTextSchema } from './richText'

/** The blocks a page is built from, discriminated by `blockType` as in cms/src/blocks. */

export const richTextBlockSchema = z.object({ blockType: z.literal('richText'), content: richTextSchema })

export const callToActionBlockSchema = z.object({
  blockType: z.literal('callToAction'),
  heading: requiredTextSchema,
  body: optionalTextSchema,
  label: requiredTextSchema,
  url: httpUrlSchema.nullish(),
  page: referenceSchema.nullish(),
  allowedEmailDomains: z.array(z.string()).nullish(),
})

export const contactCardBlockSchema = z.object({
  blockType: z.literal('contactCard'),
  heading: optionalTextSchema,
  /** Leads to the contacts; shown only when a publishable contact follows it. */
  intro: optionalTextSchema,
  contacts: contactRelationsSchema,
})

export const collectionListBlockSchema = z.object({
  blockType: z.literal('collectionList'),
  heading: optionalTextSchema,
  source: z.enum([
    collectionSlugs.regionalNetworks,
    collectionSlugs.internationalPartners,
    collectionSlugs.actionPlanTargets,
  ]),
  limit: z.number().int().positive().nullish(),
})

export const imageBlockSchema = z.object({
  blockType: z.literal('image'),
  image: relation(mediaSchema),
  caption: optionalTextSchema,
})

export const pageBlockSchema = z.discriminatedUnion('blockType', [
  richTextBlockSchema,
  callToActionBlockSchema,
  contactCardBlockSchema,
  collectionListBlockSchema,
  imageBlockSchema,
])

export type PageBlock = z.infer<typeof pageBlockSchema>
export type CallToActionBlock = z.infer<typeof callToActionBlockSchema>
export type ContactCardBlock = z.infer<typeof contactCardBlockSchema>
export type CollectionListBlock = z.infer<typeof collectionListBlockSchema>
