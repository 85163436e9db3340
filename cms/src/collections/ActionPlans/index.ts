import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import { datePrecisionField } from '../../fields/datePrecision'
import { reviewField } from '../../fields/review'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { translatedLocalesField } from '../../fields/translatedLocales'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'
import { validateAfterSibling } from '../../validation/validators'
import { draftVersions } from '../versions'

/**
 * A yearly plan: the foreword, its focus areas and their actions, and what else the plan stresses
 * outside them. Targets point at a focus area by key.
 */
export const ActionPlans: CollectionConfig = {
  slug: collectionSlugs.actionPlans,
  labels: { singular: 'Action plan', plural: 'Action plans' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'organisation', 'periodStart', '_status'], group: 'Content' },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ from: 'title' }),
    { name: 'organisation', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'periodEnd',
          type: 'date',
          required: true,
          validate: validateAfterSibling('periodStart', 'start of the period'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        // "Toimintasuunnitelma 2020" is a year, not January to December: shown as the plan states it.
        datePrecisionField('periodPrecision', 'month'),
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two sentences for the home page and search engines' },
    },
    { name: 'foreword', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'forewordAuthor', type: 'text' },
        { name: 'forewordAuthorRole', type: 'text', localized: true },
      ],
    },
    {
      name: 'focusAreas',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Focus area', plural: 'Focus areas' },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          admin: { description: 'A short stable name that targets refer to, e.g. "organising"' },
        },
        { name: 'title', type: 'text', localized: true, required: true },
        { name: 'summary', type: 'richText', localized: true },
        {
          name: 'actions',
          type: 'array',
          fields: [
            { name: 'title', type: 'text', localized: true, required: true },
            { name: 'description', type: 'richText', localized: true },
          ],
        },
      ],
    },
    {
      name: 'otherEmphases',
      type: 'group',
      label: 'Other emphases',
      admin: {
        description: 'What the plan stresses besides its focus areas, e.g. "Muut painotukset liiton toiminnassa"',
      },
      fields: [
        { name: 'title', type: 'text', localized: true },
        { name: 'content', type: 'richText', localized: true },
      ],
    },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
