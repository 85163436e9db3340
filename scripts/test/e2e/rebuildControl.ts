import { randomUUID } from 'node:crypto'
import { signWebhook, type WebhookPayload } from '@union/shared/webhooks'
import type { QueueState } from '../../../publisher/src/service/buildQueue'
import type { BuildRecord } from '../../../publisher/src/service/buildRecord'

/** The rebuild service's control API as the tests use it (publisher/README.md). */
export type RebuildStatus = { live: string | null; building: string | null; queue: QueueState; builds: BuildRecord[] }

export class RebuildControl {
  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly webhookSecret: string,
  ) {}

  async status(): Promise<RebuildStatus> {
    const response = await fetch(`${this.url}/status`, { signal: AbortSignal.timeout(10_000) })
    if (!response.ok) throw new Error(`GET ${this.url}/status answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as RebuildStatus
  }

  async requestRebuild(): Promise<void> {
    const response = await fetch(`${this.url}/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
    })
    if (response.status !== 202) throw new Error(`POST ${this.url}/rebuild answered ${response.status}`)
  }

  /** Sends a webhook as the CMS would, signed with `secret` (default: the one the service shares with the CMS). */
  sendWebhook(
    payload: WebhookPayload,
    options: { id?: string; timestamp?: Date; secret?: string } = {},
  ): Promise<Response> {
    const signed = signWebhook(
      options.secret ?? this.webhookSecret,
      options.id ?? `msg_${randomUUID()}`,
      payload,
      options.timestamp,
    )
    return fetch(`${this.url}/webhooks/publish`, {
      method: 'POST',
      headers: { ...signed.headers, 'content-type': 'application/json' },
      body: signed.body,
    })
  }

  /** The ids of every build recorded so far, running or finished. */
  async buildIds(): Promise<Set<string>> {
    return new Set((await this.status()).builds.map((build) => build.id))
  }

  /**
   * Waits until nothing is building or waiting and `done` holds for the builds not in `before`;
   * returns those builds, oldest first. Fails naming what it waited for, with the status as it was.
   */
  async waitForBuilds(
    before: Set<string>,
    what: string,
    done: (builds: BuildRecord[]) => boolean,
    timeoutMs = 180_000,
  ): Promise<BuildRecord[]> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const status = await this.status()
      const builds = status.builds.filter((build) => !before.has(build.id)).reverse()
      const quiet = status.building === null && status.queue.state === 'idle'
      if (quiet && done(builds)) return builds
      if (Date.now() > deadline) {
        throw new Error(
          `waited ${timeoutMs / 1000} s for ${what}; the rebuild service's status was ${JSON.stringify(status, null, 2)}`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }

  /** Waits for the one build that follows `before` and returns it. */
  async waitForNextBuild(before: Set<string>, what: string, timeoutMs?: number): Promise<BuildRecord> {
    const [build] = await this.waitForBuilds(before, what, (builds) => builds.length > 0, timeoutMs)
    return build!
  }

  /**
   * Lets the time pass in which a webhook the service accepted would have started its build (the
   * default debounce is 1.5 s, the CMS delivers every second), then fails if anything is building,
   * waiting or new since `before`.
   */
  async expectNoBuildSince(before: Set<string>, why: string, settleMs = 5_000): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, settleMs))
    const status = await this.status()
    const started = status.builds.filter((build) => !before.has(build.id))
    if (started.length > 0 || status.queue.state !== 'idle' || status.queue.pending.length > 0) {
      throw new Error(
        `${why}, yet the rebuild service built or queued: ${JSON.stringify({ started, queue: status.queue }, null, 2)}`,
      )
    }
  }
}
