import { collectionSlugs } from '@union/shared/collections'
import { isValidSlug } from '@union/shared/slugs'
import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../../access'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { addsTo, builtIn } from '../../validation/builtIn'
import { checkedFields } from '../../validation/checkedFields'
import { message } from '../../validation/messages'

/**
 * The organisations one CMS holds: a union, a branch, a city's network. Each has its own site,
 * built from its own documents (the multi-tenant plugin's tenants, see organisations/plugin.ts).
 * Their names are public; only admins add, rename or remove them.
 */
export const Organisations: CollectionConfig = {
  slug: collectionSlugs.organisations,
  labels: { singular: 'Organisation', plural: 'Organisations' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Administration' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [refusesUnknownLocale] },
  fields: checkedFields([
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'As staff know it in the admin. The name on the site is in the site settings.' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: {
        description:
          'Names the organisation’s site to the site build and the rebuild service (SITE_ORGANISATION), e.g. "jhl". Lower-case words joined by hyphens.',
      },
      validate: addsTo(builtIn.text, (value: string | null | undefined, { req }) =>
        !value || isValidSlug(value) ? true : message(req, 'slugFormat', { example: 'my-union' }),
      ),
    },
  ]),
}
