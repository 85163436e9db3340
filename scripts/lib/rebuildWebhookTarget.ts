import type { Payload } from 'payload'

/**
 * Makes sure the CMS sends an organisation's publish webhooks to its site's rebuild service at
 * `url`: one enabled Standard Webhooks target with that URL, the current secret and that
 * organisation, created or updated. Without an organisation the target hears every organisation.
 */
export async function linkRebuildService(
  payload: Payload,
  url: string,
  secret: string,
  organisation?: { id: number | string; name: string },
): Promise<'created' | 'updated'> {
  const existing = await payload.find({ collection: 'webhook-targets', where: { url: { equals: url } }, limit: 1 })
  const data = {
    name: organisation ? `Rebuild service of ${organisation.name} (bundled)` : 'Rebuild service (bundled)',
    url,
    format: 'standard-webhooks' as const,
    secret,
    organisation: organisation ? Number(organisation.id) : null,
    enabled: true,
  }
  const target = existing.docs[0]
  if (target) await payload.update({ collection: 'webhook-targets', id: target.id, data })
  else await payload.create({ collection: 'webhook-targets', data })
  return target ? 'updated' : 'created'
}
