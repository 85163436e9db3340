import * as z from 'zod'
import { httpUrlSchema, idSchema } from './fields'

/** An address of the site: its language, then at least one segment, ending with a slash. */
export const sitePathSchema = z.string().regex(/^\/[a-z]{2}\/(?:[^/\s?#]+\/)+$/, 'a path such as /fi/vanha-sivu/')

/**
 * An old address of the site and where it leads now (the CMS's `redirects`, not localized): a path
 * of the site, or a full web address. The CMS keeps them free of chains and loops.
 */
export const redirectSchema = z.object({
  id: idSchema,
  from: sitePathSchema,
  to: z.union([z.string().regex(/^\/(?!\/)\S*$/, 'a path of the site, starting with /'), httpUrlSchema]),
})

export type Redirect = z.infer<typeof redirectSchema>
