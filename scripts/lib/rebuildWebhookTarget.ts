import type { Payload } from 'payload'

/**
 * Makes sure the CMS sends its publish webhooks to the rebuild service at `url`: one enabled
 * Standard Webhooks target with that URL and the current secret, created or updated.
 */
export async function linkRebuildService(
  payload: Payload,
  url: string,
  secret: string,
): Promise<'created' | 'updated'> {
  const existing = await payload.find({ collection: 'webhook-targets', where: { url: { equals: url } }, limit: 1 })
  const data = { name: 'Rebuild service (bundled)', url, format: 'standard-webhooks' as const, secret, enabled: true }
  const target = existing.docs[0]
  if (target) await payload.update({ collection: 'webhook-targets', id: target.id, data })
  else await payload.create({ collection: 'webhook-targets', data })
  return target ? 'updated' : 'created'
}
