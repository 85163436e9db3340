import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access'

/** One row per delivery attempt, written by the delivery job; admins read them to see what reached whom. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['createdAt', 'target', 'event', 'attempt', 'statusCode', 'ok'],
    group: 'Publishing',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'target', type: 'relationship', relationTo: 'webhook-targets' },
    { name: 'webhookId', type: 'text', index: true },
    { name: 'event', type: 'text' },
    { name: 'attempt', type: 'number' },
    { name: 'ok', type: 'checkbox' },
    { name: 'statusCode', type: 'number' },
    { name: 'error', type: 'textarea' },
    { name: 'durationMs', type: 'number' },
    { name: 'payload', type: 'json' },
  ],
}
