import { collectionSlugs } from '@union/shared/collections'
import { partnerKinds, partnerRelationships, partnerScopes, partnerStatuses } from '@union/shared/vocabulary'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import { selectOptions } from '../../fields/options'
import { reviewField } from '../../fields/review'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { translatedLocalesField } from '../../fields/translatedLocales'
import { urlField } from '../../fields/url'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'
import { validateAfterSibling, validateCountryCode, validateRelationshipExists } from '../../validation/validators'
import { draftVersions } from '../versions'

export const InternationalPartners: CollectionConfig = {
  slug: collectionSlugs.internationalPartners,
  labels: { singular: 'International partner', plural: 'International partners' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'abbreviation', 'scope', 'status', '_status'],
    group: 'Content',
  },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        { name: 'abbreviation', type: 'text', admin: { description: 'e.g. EPSU, SAK, ILO' } },
        {
          name: 'country',
          type: 'text',
          validate: validateCountryCode,
          admin: { description: 'ISO 3166 code such as FI; empty for international organisations' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: selectOptions(partnerKinds) },
        { name: 'scope', type: 'select', required: true, options: selectOptions(partnerScopes) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'relationship', type: 'select', required: true, options: selectOptions(partnerRelationships) },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: selectOptions(partnerStatuses),
          admin: { description: '"Sought" is a partnership the organisation is looking for' },
        },
      ],
    },
    urlField({ name: 'website' }),
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'cooperationProjects',
      type: 'array',
      labels: { singular: 'Cooperation project', plural: 'Cooperation projects' },
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          // Not required: the list is shared by all languages, and a project may be described in
          // one language only (source 004's projects exist in Vietnamese). The site shows a
          // project in the languages that have its title.
          admin: { description: 'In each language that should show this project' },
        },
        {
          name: 'funders',
          type: 'relationship',
          relationTo: collectionSlugs.internationalPartners,
          hasMany: true,
          validate: validateRelationshipExists,
          admin: { description: 'Partners that fund the project directly' },
        },
        {
          name: 'fundedThrough',
          type: 'array',
          // The derived name of the versions table passes the 63 characters SQL allows.
          dbName: 'partner_project_funding',
          labels: { singular: 'Funding through a partner', plural: 'Funding through partners' },
          admin: {
            description:
              'Money from a funder that is not a partner, channelled through one: "Ủy ban Châu Âu tài trợ thông qua LO/FTF tại Khánh Hòa"',
          },
          fields: [
            {
              type: 'row',
              fields: [
                // Not required, like the title: the row is shared by all languages.
                {
                  name: 'funder',
                  type: 'text',
                  localized: true,
                  admin: { description: 'e.g. "the European Commission"' },
                },
                {
                  name: 'intermediary',
                  type: 'relationship',
                  relationTo: collectionSlugs.internationalPartners,
                  required: true,
                  validate: validateRelationshipExists,
                },
              ],
            },
            {
              name: 'places',
              type: 'text',
              hasMany: true,
              localized: true,
              admin: { description: 'Where this funding went, when the source says' },
            },
          ],
        },
        {
          name: 'places',
          type: 'text',
          hasMany: true,
          localized: true,
          admin: { description: 'As the source names them; "3 tỉnh, thành phố" when it only counts them' },
        },
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } } },
            {
              name: 'end',
              type: 'date',
              validate: validateAfterSibling('start', 'start date'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
          ],
        },
        { name: 'outcome', type: 'textarea', localized: true },
      ],
    },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
