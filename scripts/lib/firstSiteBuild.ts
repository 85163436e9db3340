import type { RebuildStatus } from '@union/shared/messages/rebuildStatus'

/**
 * The public site is served from the last good build; a new data folder has none, so this asks the
 * rebuild service for one and waits until it is live, or says why that build failed. A failure
 * recorded before the request (an earlier start's) is not this build's.
 */
export async function buildSiteOnce(rebuildUrl: string, token: string, timeoutMs = 10 * 60_000): Promise<void> {
  const status = async () => (await (await fetch(`${rebuildUrl}/status`)).json()) as RebuildStatus
  if ((await status()).live) return
  const askedAt = new Date().toISOString()
  const asked = await fetch(`${rebuildUrl}/rebuild`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
  if (!asked.ok)
    throw new Error(`The rebuild service refused the first site build: ${asked.status} ${await asked.text()}`)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = await status()
    if (now.live) return
    const failed = now.builds.find((build) => build.result === 'failed' && build.startedAt >= askedAt)
    if (failed && now.queue.state === 'idle') throw new Error(`The first site build failed: ${failed.error}`)
  }
  throw new Error(`The first site build did not finish within ${timeoutMs / 60_000} minutes`)
}
