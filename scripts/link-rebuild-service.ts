/**
 * Points the CMS at the bundled rebuild service: makes sure a webhook target with this URL exists,
 * enabled, with the current secret. `npm start` runs it; REBUILD_WEBHOOK_URL and
 * REBUILD_WEBHOOK_SECRET name the service.
 */
process.env.JOBS_AUTORUN ??= 'false'

export {}

const url = process.env.REBUILD_WEBHOOK_URL
const secret = process.env.REBUILD_WEBHOOK_SECRET
if (!url || !secret) {
  console.error('link-rebuild-service: set REBUILD_WEBHOOK_URL and REBUILD_WEBHOOK_SECRET')
  process.exit(1)
}

const { getPayload } = await import('payload')
const { default: config } = await import('@union/cms/config')
const { linkRebuildService } = await import('./lib/rebuildWebhookTarget')
const payload = await getPayload({ config })
try {
  console.log(`[link] webhook target ${url} ${await linkRebuildService(payload, url, secret)}`)
} finally {
  await payload.destroy()
}
process.exit(0)
