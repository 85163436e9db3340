import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { authenticated, authenticatedOrPublishableContact, isEditor, isEditorOrTranslator } from '../../access'
import { reviewField } from '../../fields/review'
import { translatedLocalesField } from '../../fields/translatedLocales'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'
import { validatePhone } from '../../validation/validators'
import { draftVersions } from '../versions'

/** People: personal data, readable by the public only when published and marked publishable. */
export const Contacts: CollectionConfig = {
  slug: collectionSlugs.contacts,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'publishable', 'updatedAt'], group: 'Content' },
  access: {
    read: authenticatedOrPublishableContact,
    readVersions: authenticated,
    create: isEditor,
    update: isEditorOrTranslator,
    delete: isEditor,
  },
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    { name: 'name', type: 'text', required: true },
    { name: 'role', type: 'text', localized: true, admin: { description: 'e.g. "Chair" or "Regional office"' } },
    { name: 'email', type: 'email' },
    { name: 'phone', type: 'text', validate: validatePhone },
    {
      name: 'publishable',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Personal data: show this person on the public site only with their consent.',
      },
    },
    translatedLocalesField,
    reviewField({ termEnd: true }),
  ]),
}
