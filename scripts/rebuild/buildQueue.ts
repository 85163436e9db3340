import type { BuildTrigger } from './buildRecord'

export type QueueState = {
  state: 'idle' | 'waiting' | 'building'
  /** Triggers that the next build will cover. */
  pending: BuildTrigger[]
  nextBuildAt: string | null
}

/**
 * Turns many triggers into few builds. An editor publishing five documents in a row sends five
 * webhooks; the queue waits until `debounceMs` pass without a new one and then builds once for all
 * of them. Triggers that arrive while a build runs are collected and give exactly one follow-up
 * build when it ends. A steady stream cannot postpone the build for longer than `maxWaitMs`.
 */
export class BuildQueue {
  private pending: BuildTrigger[] = []
  private firstPendingAt = 0
  private timer: NodeJS.Timeout | null = null
  private nextBuildAt: number | null = null
  private building: Promise<void> | null = null
  private closed = false
  private readonly maxWaitMs: number

  constructor(
    private readonly runBuild: (triggers: BuildTrigger[]) => Promise<unknown>,
    private readonly debounceMs: number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.maxWaitMs = debounceMs * 10
  }

  add(trigger: BuildTrigger): void {
    if (this.closed) return
    if (this.pending.length === 0) this.firstPendingAt = Date.now()
    this.pending.push(trigger)
    if (!this.building) this.waitForQuiet()
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
  }

  /** Starts no more builds; a running build is left to the builder to stop. */
  close(): void {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.nextBuildAt = null
  }

  private waitForQuiet(): void {
    if (this.timer) clearTimeout(this.timer)
    const deadline = Math.min(Date.now() + this.debounceMs, this.firstPendingAt + this.maxWaitMs)
    this.nextBuildAt = deadline
    this.timer = setTimeout(() => this.startBuild(), Math.max(0, deadline - Date.now()))
  }

  private startBuild(): void {
    this.timer = null
    this.nextBuildAt = null
    const triggers = this.pending
    this.pending = []
    this.building = this.runBuild(triggers)
      .then(
        () => undefined,
        (error: unknown) => this.onError(error),
      )
      .finally(() => {
        this.building = null
        // Those that came in during the build have waited long enough: one follow-up for all of them.
        if (this.pending.length > 0 && !this.closed) this.startBuild()
      })
  }
}
