import * as z from 'zod'
import {
  httpUrlSchema,
  optionalTextSchema,
  publishedSchema,
  referenceSchema,
  relation,
  requiredTextSchema,
} from './fields'
import { localeCodeSchema, translatedLocalesSchema } from './locale'
import { mediaSchema } from './media'
import { richTextSchema } from './richText'

export const navigationEntrySchema = z.object({
  id: z.string().nullish(),
  label: requiredTextSchema,
  page: referenceSchema.nullish(),
  url: httpUrlSchema.nullish(),
})

/** An organisation's site settings; `translatedLocales` names the languages whose menu and texts were written. */
export const siteSettingsSchema = z.object({
  organisation: z.object({
    name: requiredTextSchema,
    shortName: optionalTextSchema,
    logo: relation(mediaSchema).nullish(),
    website: httpUrlSchema.nullish(),
  }),
  /** The languages the organisation's site is built in; none listed: every language with translated content. */
  languages: z.array(localeCodeSchema).nullish(),
  navigation: z.array(navigationEntrySchema).nullish(),
  footer: richTextSchema.nullish(),
  joinLink: z.object({ label: optionalTextSchema, url: httpUrlSchema.nullish() }).nullish(),
  /** The organisation's public contact channel, offered where a page has no publishable contact. */
  publicContact: z
    .object({ email: optionalTextSchema, url: httpUrlSchema.nullish(), label: optionalTextSchema })
    .nullish(),
  translatedLocales: translatedLocalesSchema,
  _status: publishedSchema,
})

export type NavigationEntry = z.infer<typeof navigationEntrySchema>
export type SiteSettings = z.infer<typeof siteSettingsSchema>
export type PublicContact = NonNullable<SiteSettings['publicContact']>
