import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BuildTrigger } from './buildRecord'
import { writeFileDurably } from './durableFile'

/**
 * SITES_DIR/queue.json: the triggers the service accepted (answered 202) and has not yet handed to
 * a build, so a restart, even after kill -9, builds them. Written durably before every 202, and
 * again once a build's record (builds/<id>.json, result "building") holds the triggers it took.
 *
 *   { "pending": [ { "source": "webhook", "webhookId": "msg_…", "receivedAt": "…", "type": "publish", … } ] }
 */
export class QueueFile {
  readonly path: string

  constructor(sitesDir: string) {
    this.path = join(sitesDir, 'queue.json')
  }

  async load(): Promise<BuildTrigger[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw this.unreadable(`it is not JSON (${(error as Error).message})`)
    }
    const pending = (parsed as { pending?: unknown } | null)?.pending
    if (!Array.isArray(pending) || !pending.every(isTrigger)) {
      throw this.unreadable('it has no "pending" list of triggers')
    }
    return pending
  }

  async save(pending: BuildTrigger[]): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify({ pending }, null, 2)}\n`)
  }

  // Starting with an empty queue would drop accepted changes silently; a person must decide.
  private unreadable(why: string): Error {
    return new Error(
      `the rebuild queue ${this.path} cannot be read: ${why}. It lists accepted changes not yet built; repair it, or move it aside to start with an empty queue (then use POST /rebuild to build everything)`,
    )
  }
}

function isTrigger(value: unknown): value is BuildTrigger {
  if (typeof value !== 'object' || value === null) return false
  const trigger = value as Record<string, unknown>
  if (typeof trigger.receivedAt !== 'string') return false
  if (trigger.source === 'manual') return true
  return trigger.source === 'webhook' && typeof trigger.webhookId === 'string' && typeof trigger.type === 'string'
}
