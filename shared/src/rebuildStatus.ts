import type { WebhookPayload } from './webhooks'

/**
 * What the rebuild service answers on GET /status (scripts/rebuild/README.md), typed once for both
 * ends: the service builds its answer with these types and the admin's Site builds panel reads it
 * with them. The admin once typed the queue's `pending` as a number by hand; it is a list.
 */

/** What asked for a build: a signed webhook from the CMS (the document it names), or a person. */
export type BuildTrigger =
  | ({ source: 'webhook'; webhookId: string; receivedAt: string } & WebhookPayload)
  | { source: 'manual'; receivedAt: string }

export type BuildResult = 'building' | 'succeeded' | 'failed'

/** One build as /status reports it and as it is kept beside its output in builds/<id>.json. */
export type BuildRecord = {
  id: string
  triggers: BuildTrigger[]
  startedAt: string
  durationMs: number | null
  /** Count of .html files the build wrote. */
  pages: number | null
  result: BuildResult
  error: string | null
}

export type QueueState = {
  state: 'idle' | 'waiting' | 'building'
  /** Triggers accepted and not yet handed to a build: the next build covers them. */
  pending: BuildTrigger[]
  nextBuildAt: string | null
}

export type RebuildStatus = {
  /** The id of the build `current` points to, null before the first successful build. */
  live: string | null
  building: string | null
  queue: QueueState
  /** Newest first; the running build, if any, is the first. */
  builds: BuildRecord[]
  /** Added by the CMS's proxy (/api/site-builds/status): whose site this service builds. */
  organisation?: { id: number | string; name: string; slug: string } | null
}

/** GET /health: small enough for a supervisor to poll. `ok` is false while the service shuts down. */
export type RebuildHealth = {
  ok: boolean
  live: string | null
  queue: { state: QueueState['state']; pending: number }
}
