import { z } from 'zod'

/**
 * Which public pages an incremental build renders again and which it removes: the site build works
 * it out (site/src/lib/affectedRoutes.ts) and leaves it in its state folder (.build/affected.json);
 * the publisher reads it to assemble the new site, to re-index only the search shards those pages
 * are in, and to list the changed pages in the build's record.
 */
export const affectedRoutesSchema = z.discriminatedUnion('everything', [
  /** Every page must be rendered again, and why. */
  z.object({ everything: z.literal(true), reason: z.string() }),
  /** `render`: pages to render (they exist after the change); `remove`: pages that no longer exist. */
  z.object({ everything: z.literal(false), render: z.array(z.string()), remove: z.array(z.string()) }),
])
export type AffectedRoutes = z.infer<typeof affectedRoutesSchema>
