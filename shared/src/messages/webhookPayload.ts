import { z } from 'zod'

/*
 * The webhook's body, apart from signing (webhooks.ts, which needs Node's crypto), so that the
 * admin's browser code can parse build records that carry it.
 */
export const webhookPayloadTypes = ['publish', 'unpublish', 'delete'] as const

/**
 * The body of a publish webhook, one schema for both ends: the CMS produces it, the rebuild service
 * parses it (and keeps it in its build records, which the admin's Site builds view reads).
 */
export const webhookPayloadSchema = z.object({
  type: z.enum(webhookPayloadTypes, { error: `must be one of ${webhookPayloadTypes.join(', ')}` }),
  collection: z.string({ error: 'must be a string' }).optional(),
  global: z.string({ error: 'must be a string' }).optional(),
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }).optional(),
  locales: z.array(z.string(), { error: 'must be a list of locale codes' }).optional(),
  /** The slug of the organisation whose content changed; each organisation's site rebuilds only for its own. */
  organisation: z.string({ error: 'must be a string' }).optional(),
  /** When the change happened (ISO 8601), as the CMS saw it. */
  at: z
    .string({ error: 'must be an ISO date' })
    .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date'),
  /** The document's title in each locale it has one, so the admin can name it without asking the CMS again. */
  titles: z.record(z.string(), z.string(), { error: 'must map locale codes to titles' }).optional(),
  /** Who made the change: the user's name, else their e-mail. Absent when no user did (a script). */
  publishedBy: z.string({ error: 'must be a string' }).optional(),
  /** True when Payload's job queue published or unpublished the document at a scheduled time. */
  scheduled: z.boolean({ error: 'must be true or false' }).optional(),
})

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>

/** `"type" must be one of …; "at" must be an ISO date`: the field, then what is wrong with it. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `"${issue.path.join('.')}" ${issue.message}` : issue.message))
    .join('; ')
}
