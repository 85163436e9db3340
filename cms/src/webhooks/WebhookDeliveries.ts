import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access'

/** One row per delivery attempt, written by the delivery job; admins read them to see what reached whom. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { fi: 'Webhook-toimitus', sv: 'Webhook-leverans', en: 'Webhook delivery' },
    plural: { fi: 'Webhook-toimitukset', sv: 'Webhook-leveranser', en: 'Webhook deliveries' },
  },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['createdAt', 'target', 'event', 'attempt', 'statusCode', 'ok'],
    group: { fi: 'Julkaiseminen', sv: 'Publicering', en: 'Publishing' },
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    {
      name: 'target',
      label: { fi: 'Tavoite', sv: 'Mål', en: 'Target' },
      type: 'relationship',
      relationTo: 'webhook-targets',
    },
    {
      name: 'webhookId',
      label: { fi: 'Webhookin tunniste', sv: 'Webhook-ID', en: 'Webhook ID' },
      type: 'text',
      index: true,
    },
    { name: 'event', label: { fi: 'Tapahtuma', sv: 'Händelse', en: 'Event' }, type: 'text' },
    { name: 'attempt', label: { fi: 'Yritys', sv: 'Försök', en: 'Attempt' }, type: 'number' },
    { name: 'ok', label: { fi: 'Onnistui', sv: 'Lyckades', en: 'Succeeded' }, type: 'checkbox' },
    { name: 'statusCode', label: { fi: 'Vastauksen tilakoodi', sv: 'Statuskod', en: 'Status code' }, type: 'number' },
    { name: 'error', label: { fi: 'Virhe', sv: 'Fel', en: 'Error' }, type: 'textarea' },
    { name: 'durationMs', label: { fi: 'Kesto (ms)', sv: 'Varaktighet (ms)', en: 'Duration (ms)' }, type: 'number' },
    { name: 'payload', label: { fi: 'Sisältö (JSON)', sv: 'Innehåll (JSON)', en: 'Payload (JSON)' }, type: 'json' },
  ],
}
