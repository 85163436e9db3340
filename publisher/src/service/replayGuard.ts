import { webhookToleranceSeconds } from '@union/shared/webhooks'

/**
 * Remembers the ids of accepted webhooks, so a captured request sent again is refused. An id is
 * kept until its timestamp leaves the tolerance window: after that the signature check refuses the
 * copy anyway, so memory stays bounded by the webhooks of about ten minutes.
 */
export class ReplayGuard {
  private readonly forgetAfter = new Map<string, number>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Records the id; false when it was seen before (a replay). */
  firstSighting(webhookId: string, timestampSeconds: number): boolean {
    this.forgetExpired()
    if (this.forgetAfter.has(webhookId)) return false
    this.forgetAfter.set(webhookId, (timestampSeconds + webhookToleranceSeconds + 1) * 1000)
    return true
  }

  /** Lets the id in again: its webhook was refused after all (it could not be saved), so the sender retries. */
  forget(webhookId: string): void {
    this.forgetAfter.delete(webhookId)
  }

  private forgetExpired(): void {
    const now = this.now()
    for (const [webhookId, expiry] of this.forgetAfter) if (expiry < now) this.forgetAfter.delete(webhookId)
  }
}
