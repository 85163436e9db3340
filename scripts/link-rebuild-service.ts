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
const payload = await getPayload({ config })
try {
  const existing = await payload.find({ collection: 'webhook-targets', where: { url: { equals: url } }, limit: 1 })
  const data = { name: 'Rebuild service (bundled)', url, format: 'standard-webhooks' as const, secret, enabled: true }
  const target = existing.docs[0]
  if (target) await payload.update({ collection: 'webhook-targets', id: target.id, data })
  else await payload.create({ collection: 'webhook-targets', data })
  console.log(`[link] webhook target ${url} ${target ? 'updated' : 'created'}`)
} finally {
  await payload.destroy()
}
process.exit(0)
