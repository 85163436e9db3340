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
  labels: {
    singular: { fi: 'Sivu', sv: 'Sida', en: 'Page' },
    plural: { fi: 'Sivut', sv: 'Sidor', en: 'Pages' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'parent', '_status', 'updatedAt'],
    group: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' },
  },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    {
      name: 'title',
      label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
      type: 'text',
      localized: true,
      required: true,
    },
    slugField({ from: 'title', uniqueWithin: 'parent' }),
    {
      name: 'parent',
      label: { fi: 'Yläsivu', sv: 'Överordnad sida', en: 'Parent page' },
      type: 'relationship',
      relationTo: collectionSlugs.pages,
      validate: validateParent,
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      label: { fi: 'Tiivistelmä', sv: 'Sammanfattning', en: 'Summary' },
      type: 'textarea',
      localized: true,
    },
    {
      name: 'publishedAt',
      label: { fi: 'Julkaisupäivä', sv: 'Publiceringsdatum', en: 'Publication date' },
      type: 'date',
      validate: validateNotInFuture,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: {
          fi: 'Tekstin päiväys, esim. uutisen; näytetään sivulla sivun kielellä',
          sv: 'Textens datum, t.ex. en nyhets; visas på sidan på sidans språk',
          en: 'The date the text is dated, e.g. a news item’s; shown on the page in its language',
        },
      },
    },
    {
      name: 'layout',
      label: { fi: 'Sisältölohkot', sv: 'Innehållsblock', en: 'Content blocks' },
      type: 'blocks',
      localized: true,
      blocks: pageBlocks,
    },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
