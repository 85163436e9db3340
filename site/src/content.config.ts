import { defineCollection } from 'astro:content'
import { collectionSlugs } from '@union/shared/collections'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
import { cmsCollectionLoader, siteSettingsLoader } from './loader/cmsLoader'

/**
 * CMS content arrives through our loader, which validates it with @union/content-schemas and
 * fails the build with a precise message; the entries here are already checked, so the typed
 * accessors in src/queries/content.ts give them their schema types.
 */
export const collections = {
  regionalNetworks: defineCollection({ loader: cmsCollectionLoader(collectionSlugs.regionalNetworks) }),
  internationalPartners: defineCollection({ loader: cmsCollectionLoader(collectionSlugs.internationalPartners) }),
  actionPlans: defineCollection({ loader: cmsCollectionLoader(collectionSlugs.actionPlans) }),
  actionPlanTargets: defineCollection({ loader: cmsCollectionLoader(collectionSlugs.actionPlanTargets) }),
  pages: defineCollection({ loader: cmsCollectionLoader(collectionSlugs.pages) }),
  siteSettings: defineCollection({ loader: siteSettingsLoader() }),
  /** The accessibility statement and privacy notice, written in MDX per locale: src/legal/<locale>/<name>.mdx. */
  legal: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './src/legal' }),
    schema: z.object({ title: z.string(), description: z.string(), updated: z.coerce.date() }),
  }),
}
