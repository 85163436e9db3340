import { regionValues } from '@union/shared/regions'
import { meetingFrequencies, socialPlatforms } from '@union/shared/vocabulary'
import * as z from 'zod'
import { contactRelationsSchema } from './contact'
import { translatableDocumentShape } from './document'
import { dateSchema, httpUrlSchema, optionalTextSchema, relation, requiredTextSchema } from './fields'
import { mediaSchema } from './media'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'

export const regionalNetworkSchema = z.object({
  ...translatableDocumentShape,
  name: requiredTextSchema,
  slug: requiredTextSchema,
  acronym: optionalTextSchema,
  acronymExpansion: optionalTextSchema,
  acronymMeaning: optionalTextSchema,
  region: z.enum(regionValues),
  founded: dateSchema.nullish(),
  meetingCadence: z.object({ frequency: z.enum(meetingFrequencies).nullish(), note: optionalTextSchema }).nullish(),
  chairs: contactRelationsSchema,
  contactPersons: contactRelationsSchema,
  howToJoin: richTextSchema.nullish(),
  /** Leads to the contact persons; the site shows it only when a publishable one follows. */
  contactPrompt: optionalTextSchema,
  hasRegionalGroupRepresentative: z.boolean().nullish(),
  socialLinks: z.array(z.object({ platform: z.enum(socialPlatforms), url: httpUrlSchema })).nullish(),
  description: richTextSchema.nullish(),
  image: relation(mediaSchema).nullish(),
  seo: seoSchema,
})

export type RegionalNetwork = z.infer<typeof regionalNetworkSchema>
