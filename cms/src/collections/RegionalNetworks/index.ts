import { collectionSlugs } from '@union/shared/collections'
import { regions } from '@union/shared/regions'
import { meetingFrequencies, socialPlatforms } from '@union/shared/vocabulary'
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
import { validateNotInFuture, validateRelationshipExists, validateUploadExists } from '../../validation/validators'
import { draftVersions } from '../versions'

export const RegionalNetworks: CollectionConfig = {
  slug: collectionSlugs.regionalNetworks,
  labels: { singular: 'Regional network', plural: 'Regional networks' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'region', '_status', 'updatedAt'],
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
        { name: 'acronym', type: 'text', admin: { description: 'e.g. KaMuT' } },
        {
          name: 'acronymExpansion',
          type: 'text',
          admin: { description: 'What the acronym stands for, in its own language: Kaikki Mukaan Toimintaan' },
        },
      ],
    },
    {
      name: 'acronymMeaning',
      type: 'text',
      localized: true,
      admin: { description: 'The expansion translated: "Everybody Get Involved"' },
    },
    {
      name: 'region',
      type: 'select',
      required: true,
      options: regions.map((region) => ({ label: region.name.en, value: region.value })),
    },
    {
      name: 'founded',
      type: 'date',
      validate: validateNotInFuture,
      admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MM/yyyy' }, description: 'Month and year' },
    },
    {
      name: 'meetingCadence',
      type: 'group',
      fields: [
        { name: 'frequency', type: 'select', options: selectOptions(meetingFrequencies) },
        { name: 'note', type: 'text', localized: true, admin: { description: 'e.g. "about once a month"' } },
      ],
    },
    {
      name: 'chairs',
      type: 'relationship',
      relationTo: collectionSlugs.contacts,
      hasMany: true,
      validate: validateRelationshipExists,
    },
    {
      name: 'contactPersons',
      type: 'relationship',
      relationTo: collectionSlugs.contacts,
      hasMany: true,
      validate: validateRelationshipExists,
    },
    { name: 'howToJoin', type: 'richText', localized: true },
    {
      name: 'contactPrompt',
      type: 'text',
      localized: true,
      admin: {
        description:
          'The sentence that leads to the contact persons, e.g. "Would you like to participate? Get in touch:". ' +
          'Shown only when a publishable contact person follows it; otherwise the site offers the organisation’s public contact.',
      },
    },
    {
      name: 'hasRegionalGroupRepresentative',
      type: 'checkbox',
      defaultValue: false,
      label: 'Has its own representative in the regional group',
    },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        { name: 'platform', type: 'select', required: true, options: selectOptions(socialPlatforms) },
        urlField({ name: 'url', required: true }),
      ],
    },
    { name: 'description', type: 'richText', localized: true },
    { name: 'image', type: 'upload', relationTo: collectionSlugs.media, validate: validateUploadExists },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
