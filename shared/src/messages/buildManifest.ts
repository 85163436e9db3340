import { z } from 'zod'

/**
 * What a finished build records about itself (.build/manifest.json in its output), for the next
 * build to decide whether it may start from this one and which search shards it may reuse.
 */
export const buildManifestSchema = z.object({
  /** Hash of the templates, content schemas and site configuration the pages were rendered with. */
  fingerprint: z.string(),
  siteUrl: z.string(),
  builtAt: z.string(),
  /** Pages rendered by this build, and pages carried over from the previous one. */
  rendered: z.number().int(),
  reused: z.number().int(),
  /** The search index's shards: which shard each page is in, by shard name (publisher/src/build/searchShards.ts). */
  search: z.object({
    version: z.number().int(),
    shards: z.record(z.string(), z.object({ pages: z.array(z.string()) })),
  }),
})
export type BuildManifest = z.infer<typeof buildManifestSchema>
