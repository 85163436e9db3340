import { collectionSlugs, organisationField } from '@union/shared/collections'
import { locales } from '@union/shared/locales'
import type { CollectionConfig } from 'payload'
import { authenticated, authenticatedOrPublished, isAdmin, isEditor, isEditorOrTranslator } from '../../access'
import { translatedLocalesField } from '../../fields/translatedLocales'
import { urlField } from '../../fields/url'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'
import { validateRelationshipExists, validateUploadExists } from '../../validation/validators'

/**
 * One organisation's site settings: its name and logo, the navigation per locale, footer, join link,
 * public contact channel and the languages its site is built in. The multi-tenant plugin makes this
 * collection behave as a global per organisation: one document each, opened straight from the nav.
 */
export const SiteSettings: CollectionConfig = {
  slug: collectionSlugs.siteSettings,
  labels: { singular: 'Site settings', plural: 'Site settings' },
  admin: { group: 'Administration', useAsTitle: 'title' },
  access: {
    read: authenticatedOrPublished,
    readVersions: authenticated,
    // One per organisation (the plugin makes the organisation unique): its editors may start it.
    create: isEditor,
    update: isEditorOrTranslator,
    delete: isAdmin,
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    {
      // The list's and the version history's title: the name of the organisation these settings are of.
      name: 'title',
      type: 'text',
      virtual: `${organisationField}.name`,
      admin: { hidden: true },
    },
    {
      name: 'organisation',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        { name: 'shortName', type: 'text' },
        { name: 'logo', type: 'upload', relationTo: collectionSlugs.media, validate: validateUploadExists },
        urlField({ name: 'website' }),
      ],
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: locales.map((locale) => ({ label: locale.nativeName, value: locale.code })),
      admin: {
        description:
          'The languages the site is built in, in this order. Left empty: every language that has translated content.',
      },
    },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      admin: { description: 'The main menu, per language' },
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'page', type: 'relationship', relationTo: collectionSlugs.pages, validate: validateRelationshipExists },
        urlField({ name: 'url', admin: { description: 'An outside address, when no page is chosen' } }),
      ],
    },
    { name: 'footer', type: 'richText', localized: true },
    {
      name: 'joinLink',
      type: 'group',
      fields: [{ name: 'label', type: 'text', localized: true }, urlField({ name: 'url', localized: true })],
    },
    {
      name: 'publicContact',
      type: 'group',
      admin: {
        description:
          'Where the public reaches the organisation. Pages offer it where a sentence would name a contact person who is not public.',
      },
      fields: [
        { name: 'label', type: 'text', localized: true },
        { name: 'email', type: 'email' },
        urlField({ name: 'url', localized: true }),
      ],
    },
    translatedLocalesField,
  ]),
}
