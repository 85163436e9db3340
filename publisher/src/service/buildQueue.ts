import type { QueueState } from '@union/shared/messages/rebuildStatus'
import { type BuildTrigger, triggerKey } from './buildRecord'

export type { QueueState } from '@union/shared/messages/rebuildStatus'

export type BuildQueueOptions = {
  /**
   * Runs one build for `triggers`. It calls `handedOver` once the build's own record holds the
   * triggers, so the queue file can let go of them without a moment in which neither has them.
   */
  runBuild: (triggers: BuildTrigger[], handedOver: () => Promise<void>) => Promise<unknown>
  /** Writes the pending triggers to disk durably (the queue file). */
  save: (pending: BuildTrigger[]) => Promise<void>
  /** Work after builds that the next build does not wait for (SiteBuilder.settled); `settled` does. */
  afterBuilds?: () => Promise<void>
  debounceMs: number
  onError: (error: unknown) => void
}

/**
 * Turns many triggers into few builds. An editor publishing five documents in a row sends five
 * webhooks; the queue waits until `debounceMs` pass without a new one and then builds once for all
 * of them. Triggers that arrive while a build runs are collected and give exactly one follow-up
 * build when it ends. A steady stream cannot postpone the build for longer than `maxWaitMs`.
 * Every change to what is pending is saved before `add` resolves, so an accepted trigger survives
 * the process.
 */
export class BuildQueue {
  private pending: BuildTrigger[] = []
  private firstPendingAt = 0
  private timer: NodeJS.Timeout | null = null
  private nextBuildAt: number | null = null
  private building: Promise<void> | null = null
  private saving: Promise<void> = Promise.resolve()
  private closed = false
  private readonly maxWaitMs: number

  /** `caughtUp`: triggers accepted before a restart and not yet live; they are built first. */
  constructor(
    private readonly options: BuildQueueOptions,
    caughtUp: BuildTrigger[] = [],
  ) {
    this.maxWaitMs = options.debounceMs * 10
    if (caughtUp.length > 0) {
      this.pending = [...caughtUp]
      this.firstPendingAt = Date.now()
      this.waitForQuiet()
    }
  }

  /** Resolves once the trigger is on disk; rejects (and forgets it) when it could not be saved. */
  async add(trigger: BuildTrigger): Promise<void> {
    if (this.closed) throw new Error('the build queue is closed: the rebuild service is shutting down')
    // A sender that did not see our 202 (we were killed before it left) sends the same webhook again.
    if (this.pending.some((waiting) => triggerKey(waiting) === triggerKey(trigger))) return this.saveInTurn()
    if (this.pending.length === 0) this.firstPendingAt = Date.now()
    this.pending.push(trigger)
    if (!this.building) this.waitForQuiet()
    try {
      await this.saveInTurn()
    } catch (error) {
      this.pending = this.pending.filter((waiting) => waiting !== trigger)
      throw error
    }
  }

  get state(): QueueState {
    return {
      state: this.building ? 'building' : this.timer ? 'waiting' : 'idle',
      pending: [...this.pending],
      nextBuildAt: this.nextBuildAt === null ? null : new Date(this.nextBuildAt).toISOString(),
    }
  }

  /** Resolves once nothing is waiting and nothing is building. */
  async settled(): Promise<void> {
    while (this.building || this.timer) {
      if (this.building) await this.building
      else await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await this.options.afterBuilds?.()
  }

  /** Starts no more builds; what is pending stays in the queue file for the next start. */
  close(): void {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.nextBuildAt = null
  }

  /**
   * Saves run one after another, each writing the pending list as it is when the save begins, so
   * the file on disk is never older than the last save a caller awaited.
   */
  private saveInTurn(): Promise<void> {
    const save = this.saving.then(() => this.options.save([...this.pending]))
    this.saving = save.catch(() => undefined)
    return save
  }

  private waitForQuiet(): void {
    if (this.timer) clearTimeout(this.timer)
    const deadline = Math.min(Date.now() + this.options.debounceMs, this.firstPendingAt + this.maxWaitMs)
    this.nextBuildAt = deadline
    this.timer = setTimeout(() => this.startBuild(), Math.max(0, deadline - Date.now()))
  }

  private startBuild(): void {
    this.timer = null
    this.nextBuildAt = null
    // Only when a trigger that could not be saved was taken back; no trigger, no build.
    if (this.pending.length === 0) return
    const triggers = this.pending
    this.pending = []
    const handedOver = () =>
      this.saveInTurn().catch((error: unknown) => {
        // The triggers are in the build's record and still in the file: the next start dedupes them.
        this.options.onError(error)
      })
    this.building = this.options
      .runBuild(triggers, handedOver)
      .then(
        () => undefined,
        (error: unknown) => this.options.onError(error),
      )
      .finally(() => {
        this.building = null
        // Those that came in during the build have waited long enough: one follow-up for all of them.
        if (this.pending.length > 0 && !this.closed) this.startBuild()
      })
  }
}
