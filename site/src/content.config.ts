import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
import { cmsContentLoader } from './loader/cmsLoader'

/**
 * CMS content arrives through our loader, which validates it with @union/content-schemas and
 * fails the build with a precise message. It writes the validated content to a file beside the
 * build and stores only where; src/queries/content.ts reads the documents from there, typed.
 */
export const collections = {
  cms: defineCollection({ loader: cmsContentLoader() }),
  /** The accessibility statement and privacy notice, written in MDX per locale: src/legal/<locale>/<name>.mdx. */
  legal: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './src/legal' }),
    schema: z.object({ title: z.string(), description: z.string(), updated: z.coerce.date() }),
  }),
}
