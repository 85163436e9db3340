import { z } from 'zod'
import { describeIssues, webhookPayloadTypes } from './webhookPayload'

/**
 * The changes one build covers, as the rebuild service hands them to the site build (the
 * SITE_CHANGES environment variable): each publish webhook's document, or the draft a preview
 * shows. The service writes them with this schema's type and the build parses them with it.
 */
export const siteChangeSchema = z.object({
  type: z.enum([...webhookPayloadTypes, 'preview'], {
    error: `must be one of ${[...webhookPayloadTypes, 'preview'].join(', ')}`,
  }),
  collection: z.string({ error: 'must be a collection slug' }).optional(),
  global: z.string({ error: 'must be a global slug' }).optional(),
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }).optional(),
})
export type SiteChange = z.infer<typeof siteChangeSchema>

export const siteChangesSchema = z.array(siteChangeSchema, {
  error: 'must be a JSON list of changes ({ type, collection, id } or { type, global })',
})

/** Parses SITE_CHANGES; a malformed list names the change and field that is wrong. */
export function parseSiteChanges(json: string): SiteChange[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (error) {
    throw new Error(`SITE_CHANGES is not JSON: ${(error as Error).message}`)
  }
  const result = siteChangesSchema.safeParse(parsed)
  if (!result.success) throw new Error(`SITE_CHANGES: ${describeIssues(result.error)}`)
  return result.data
}
