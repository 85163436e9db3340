import { collectionSlugs } from '@union/shared/collections'
import { actionPlanSchema } from './actionPlan'
import { actionPlanTargetSchema } from './actionPlanTarget'
import { contactSchema } from './contact'
import { internationalPartnerSchema } from './internationalPartner'
import { mediaSchema } from './media'
import { pageSchema } from './page'
import { regionalNetworkSchema } from './regionalNetwork'
import { siteSettingsSchema } from './siteSettings'

export * from './actionPlan'
export * from './actionPlanTarget'
export * from './contact'
export * from './document'
export * from './fields'
export * from './internationalPartner'
export * from './locale'
export * from './media'
export * from './page'
export * from './pageBlocks'
export * from './redirect'
export * from './regionalNetwork'
export * from './review'
export * from './richText'
export * from './seo'
export * from './siteSettings'

/**
 * The translatable collections the site publishes, by REST slug, each with the schema a document
 * must satisfy in every locale listed in its `translatedLocales`.
 */
export const publishedCollectionSchemas = {
  [collectionSlugs.regionalNetworks]: regionalNetworkSchema,
  [collectionSlugs.internationalPartners]: internationalPartnerSchema,
  [collectionSlugs.actionPlans]: actionPlanSchema,
  [collectionSlugs.actionPlanTargets]: actionPlanTargetSchema,
  [collectionSlugs.pages]: pageSchema,
} as const

export type PublishedCollectionSlug = keyof typeof publishedCollectionSchemas

/** Collections read through relationships only (depth=1), validated wherever they appear. */
export const embeddedCollectionSchemas = {
  [collectionSlugs.contacts]: contactSchema,
  [collectionSlugs.media]: mediaSchema,
} as const

/** One per organisation (read filtered by the site's organisation), not a list the site iterates. */
export const settingsSchemas = { [collectionSlugs.siteSettings]: siteSettingsSchema } as const
