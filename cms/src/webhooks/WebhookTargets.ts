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
  labels: {
    singular: { fi: 'Webhook-vastaanottaja', sv: 'Webhook-mottagare', en: 'Webhook target' },
    plural: { fi: 'Webhook-vastaanottajat', sv: 'Webhook-mottagare', en: 'Webhook targets' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'format', 'url', 'enabled'],
    group: { fi: 'Julkaiseminen', sv: 'Publicering', en: 'Publishing' },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, type: 'text', required: true },
    urlField({ name: 'url', label: { fi: 'Verkko-osoite', sv: 'Webbadress', en: 'Web address' }, required: true }),
    {
      name: 'format',
      label: { fi: 'Muoto', sv: 'Format', en: 'Format' },
      type: 'select',
      required: true,
      defaultValue: 'standard-webhooks',
      options: [
        {
          label: {
            fi: 'Standard Webhooks (koontipalvelu)',
            sv: 'Standard Webhooks (byggtjänst)',
            en: 'Standard Webhooks (rebuild service)',
          },
          value: 'standard-webhooks',
        },
        {
          label: {
            fi: 'GitHub repository_dispatch (CI)',
            sv: 'GitHub repository_dispatch (CI)',
            en: 'GitHub repository_dispatch (CI)',
          },
          value: 'github-repository-dispatch',
        },
      ],
    },
    {
      name: 'secret',
      label: { fi: 'Salaisuus', sv: 'Hemlighet', en: 'Secret' },
      type: 'text',
      required: true,
      access: { read: () => false, update: isAdminField, create: isAdminField },
      admin: {
        description: {
          fi: 'Standard Webhooks: vastaanottajan whsec_…-salaisuus. GitHub: tunniste, jolla saa lähettää tapahtumia repositorioon.',
          sv: 'Standard Webhooks: mottagarens whsec_…-hemlighet. GitHub: en token som får skicka händelser till repositoriet.',
          en: 'Standard Webhooks: the receiver’s whsec_… secret. GitHub: a token allowed to dispatch to the repository.',
        },
      },
    },
    {
      name: 'organisation',
      label: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
      type: 'relationship',
      relationTo: collectionSlugs.organisations,
      admin: {
        description: {
          fi: 'Tänne lähetetään vain tämän organisaation muutokset (sen sivuston koontipalvelulle). Tyhjänä: kaikkien organisaatioiden.',
          sv: 'Hit skickas endast denna organisations ändringar (dess webbplats byggtjänst). Tomt: alla organisationers.',
          en: 'Only this organisation’s changes are sent here (its site’s rebuild service). Empty: every organisation’s.',
        },
      },
    },
    {
      name: 'enabled',
      label: { fi: 'Käytössä', sv: 'Aktiverad', en: 'Enabled' },
      type: 'checkbox',
      defaultValue: true,
    },
  ],
}
