import { randomUUID } from 'node:crypto'
import type { WebhookPayload } from '@union/shared/webhooks'
import type { PayloadRequest } from 'payload'
import { WebhookTargets } from './WebhookTargets'

export type PublishEvent = WebhookPayload

export const webhookQueue = 'webhooks'

/**
 * Queues one delivery job per enabled target that listens to the changed document's organisation
 * (a target with no organisation hears every one), inside the request's transaction: if the save rolls
 * back, nothing is announced. The jobs runner works the queue every second and retries failures
 * with backoff, so deliveries survive a restart of the CMS.
 */
export async function queueWebhooks(req: PayloadRequest, event: PublishEvent): Promise<void> {
  const targets = await req.payload.find({
    collection: WebhookTargets.slug as 'webhook-targets',
    where: {
      and: [
        { enabled: { equals: true } },
        event.organisation
          ? { or: [{ organisation: { exists: false } }, { 'organisation.slug': { equals: event.organisation } }] }
          : { organisation: { exists: false } },
      ],
    },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  for (const target of targets.docs) {
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: webhookQueue,
      input: { target: target.id, webhookId: `msg_${randomUUID()}`, event },
      req,
    })
  }
}
