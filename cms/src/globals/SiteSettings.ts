import { collectionSlugs, globalSlugs } from '@union/shared/collections'
import type { GlobalConfig } from 'payload'
import { authenticated, isEditorOrTranslator } from '../access'
import { translatedLocalesField } from '../fields/translatedLocales'
import { urlField } from '../fields/url'
import { noFallbackOnSave } from '../hooks/noFallbackOnSave'
import { refusesUnknownLocaleGlobal } from '../hooks/refusesUnknownLocale'
import { translatorScopeGlobal } from '../hooks/translatorScope'
import { checkedFields } from '../validation/checkedFields'
import { validateRelationshipExists, validateUploadExists } from '../validation/validators'

/** Organisation, navigation per locale, footer and the join link. */
export const SiteSettings: GlobalConfig = {
  slug: globalSlugs.siteSettings,
  admin: { group: 'Administration' },
  access: {
    read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }),
    readVersions: authenticated,
    update: isEditorOrTranslator,
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, max: 50 },
  hooks: { beforeOperation: [refusesUnknownLocaleGlobal, noFallbackOnSave], beforeValidate: [translatorScopeGlobal] },
  fields: checkedFields([
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
    translatedLocalesField,
  ]),
}
