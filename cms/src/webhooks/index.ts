import type { CollectionConfig } from 'payload'
import { announceCollectionChange, announceCollectionDelete } from './publishEvents'

export { deliverWebhookTask } from './deliverWebhook'
export { webhookQueue } from './queueWebhooks'
export { markScheduledPublishing } from './scheduledPublishing'
export { WebhookDeliveries } from './WebhookDeliveries'
export { WebhookTargets } from './WebhookTargets'

/** A collection whose public state the site reflects: its publishes, unpublishes and deletes are announced. */
export function announcesPublishing(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), announceCollectionChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), announceCollectionDelete],
    },
  }
}
