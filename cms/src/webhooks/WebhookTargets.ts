import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../access'
import { urlField } from '../fields/url'

export const webhookFormats = ['standard-webhooks', 'github-repository-dispatch'] as const
export type WebhookFormat = (typeof webhookFormats)[number]

/**
 * Where the CMS announces publishing: the bundled rebuild service (Standard Webhooks signatures)
 * or a CI trigger in GitHub's repository_dispatch format. Admins only; secrets are never read back.
 */
export const WebhookTargets: CollectionConfig = {
  slug: 'webhook-targets',
  labels: { singular: 'Webhook target', plural: 'Webhook targets' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'format', 'url', 'enabled'], group: 'Publishing' },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true },
    urlField({ name: 'url', required: true }),
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'standard-webhooks',
      options: [
        { label: 'Standard Webhooks (rebuild service)', value: 'standard-webhooks' },
        { label: 'GitHub repository_dispatch (CI)', value: 'github-repository-dispatch' },
      ],
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      access: { read: () => false, update: isAdminField, create: isAdminField },
      admin: {
        description:
          'Standard Webhooks: the receiver’s whsec_… secret. GitHub: a token allowed to dispatch to the repository.',
      },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: collectionSlugs.organisations,
      admin: {
        description:
          'Only this organisation’s changes are sent here (its site’s rebuild service). Empty: every organisation’s.',
      },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true },
  ],
}
