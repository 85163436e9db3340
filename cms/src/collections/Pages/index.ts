import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import { pageBlocks } from '../../blocks'
import { reviewField } from '../../fields/review'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { translatedLocalesField } from '../../fields/translatedLocales'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'
import { validateNotInFuture } from '../../validation/validators'
import { draftVersions } from '../versions'
import { validateParent } from './validateParent'

/**
 * Content pages. A page's address is its ancestors' slugs and its own, in each locale
 * (/en/about/international); slugs are unique among siblings in a locale.
 */
export const Pages: CollectionConfig = {
  slug: collectionSlugs.pages,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'parent', '_status', 'updatedAt'], group: 'Content' },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ from: 'title', uniqueWithin: 'parent' }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: collectionSlugs.pages,
      validate: validateParent,
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true },
    {
      name: 'publishedAt',
      type: 'date',
      validate: validateNotInFuture,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: 'The date the text is dated, e.g. a news item’s; shown on the page in its language',
      },
    },
    { name: 'layout', type: 'blocks', localized: true, blocks: pageBlocks },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
