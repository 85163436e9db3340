import { randomBytes } from 'node:crypto'
import type { WebhookPayload } from '@union/shared/webhooks'

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

const buildIdPattern = /^\d{8}T\d{9}Z-[0-9a-f]{4}$/

/** Ids sort by start time, so the newest builds are the last names in builds/. */
export function newBuildId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  return `${stamp}-${randomBytes(2).toString('hex')}`
}

/** Guards paths built from ids that arrive in URLs (POST /rollback/<id>). */
export function isBuildId(value: string): boolean {
  return buildIdPattern.test(value)
}
