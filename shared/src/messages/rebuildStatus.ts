import { z } from 'zod'
import { webhookPayloadSchema } from './webhookPayload'

/**
 * What the rebuild service answers on GET /status (publisher/README.md), one zod schema for
 * both ends: the service builds its answer with these types and the admin's Site builds panel
 * parses what it receives with the schema. The admin once typed the queue's `pending` as a number
 * by hand while the service sent a list; with one schema the two cannot drift again.
 */

/** What asked for a build: a signed webhook from the CMS (the document it names), or a person. */
export const buildTriggerSchema = z.discriminatedUnion('source', [
  webhookPayloadSchema.extend({ source: z.literal('webhook'), webhookId: z.string(), receivedAt: z.string() }),
  z.object({ source: z.literal('manual'), receivedAt: z.string() }),
])
export type BuildTrigger = z.infer<typeof buildTriggerSchema>

export const buildResults = ['building', 'succeeded', 'failed'] as const
export type BuildResult = (typeof buildResults)[number]

/** One build as /status reports it and as it is kept beside its output in builds/<id>.json. */
export const buildRecordSchema = z.object({
  id: z.string(),
  triggers: z.array(buildTriggerSchema),
  startedAt: z.string(),
  durationMs: z.number().nullable(),
  /** Count of .html files the build wrote. */
  pages: z.number().nullable(),
  result: z.enum(buildResults),
  error: z.string().nullable(),
  /**
   * The public paths (`/sv/networks/kamut/`) the build rendered again because of its changes, as the
   * incremental build worked them out (site/src/lib/affectedRoutes.ts). Null when the build rendered
   * every page (a full build) or has not finished; records written before this field lack it.
   */
  changedRoutes: z.array(z.string()).nullable().optional(),
})
export type BuildRecord = z.infer<typeof buildRecordSchema>

export const queueStateSchema = z.object({
  state: z.enum(['idle', 'waiting', 'building']),
  /** Triggers accepted and not yet handed to a build: the next build covers them. */
  pending: z.array(buildTriggerSchema),
  nextBuildAt: z.string().nullable(),
})
export type QueueState = z.infer<typeof queueStateSchema>

const organisationSchema = z.object({ id: z.union([z.number(), z.string()]), name: z.string(), slug: z.string() })

export const rebuildStatusSchema = z.object({
  /** The id of the build `current` points to, null before the first successful build. */
  live: z.string().nullable(),
  building: z.string().nullable(),
  queue: queueStateSchema,
  /** Newest first; the running build, if any, is the first. */
  builds: z.array(buildRecordSchema),
  /** Added by the CMS's proxy (/api/site-builds/status): whose site this service builds. */
  organisation: organisationSchema.nullable().optional(),
  /** Added by the CMS's proxy: the public site's address, for links to changed pages. */
  siteUrl: z.string().nullable().optional(),
})
export type RebuildStatus = z.infer<typeof rebuildStatusSchema>

/** GET /health: small enough for a supervisor to poll. `ok` is false while the service shuts down. */
export type RebuildHealth = {
  ok: boolean
  live: string | null
  queue: { state: QueueState['state']; pending: number }
}
