import { randomBytes } from 'node:crypto'
import type { BuildTrigger } from '@union/shared/messages/rebuildStatus'

export type { BuildRecord, BuildResult, BuildTrigger } from '@union/shared/messages/rebuildStatus'

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

/**
 * The same trigger can be recorded twice after a crash (in the queue file and in the record of the
 * build that took it); a webhook is one change however often it is written down.
 */
export function triggerKey(trigger: BuildTrigger): string {
  return trigger.source === 'webhook' ? `webhook ${trigger.webhookId}` : `manual ${trigger.receivedAt}`
}

export function uniqueTriggers(triggers: BuildTrigger[]): BuildTrigger[] {
  const seen = new Set<string>()
  return triggers.filter((trigger) => {
    const key = triggerKey(trigger)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
