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
  labels: {
    singular: { fi: 'Sivuston asetukset', sv: 'Webbplatsinställningar', en: 'Site settings' },
    plural: { fi: 'Sivuston asetukset', sv: 'Webbplatsinställningar', en: 'Site settings' },
  },
  admin: { group: { fi: 'Ylläpito', sv: 'Administration', en: 'Administration' }, useAsTitle: 'title' },
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
      label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
      type: 'text',
      virtual: `${organisationField}.name`,
      admin: { hidden: true },
    },
    {
      name: 'organisation',
      label: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
      type: 'group',
      fields: [
        { name: 'name', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, type: 'text', localized: true, required: true },
        { name: 'shortName', label: { fi: 'Lyhenne', sv: 'Kortnamn', en: 'Short name' }, type: 'text' },
        {
          name: 'logo',
          label: { fi: 'Logo', sv: 'Logotyp', en: 'Logo' },
          type: 'upload',
          relationTo: collectionSlugs.media,
          validate: validateUploadExists,
        },
        urlField({ name: 'website', label: { fi: 'Verkkosivusto', sv: 'Webbplats', en: 'Website' } }),
      ],
    },
    {
      name: 'languages',
      label: { fi: 'Sivuston kielet', sv: 'Webbplatsens språk', en: 'Site languages' },
      type: 'select',
      hasMany: true,
      options: locales.map((locale) => ({
        label: { fi: locale.nativeName, sv: locale.nativeName, en: locale.nativeName },
        value: locale.code,
      })),
      admin: {
        description: {
          fi: 'Kielet, joilla sivusto kootaan, tässä järjestyksessä. Tyhjänä: kaikki kielet, joilla on käännettyä sisältöä.',
          sv: 'Språken som webbplatsen byggs på, i denna ordning. Tomt: alla språk som har översatt innehåll.',
          en: 'The languages the site is built in, in this order. Left empty: every language that has translated content.',
        },
      },
    },
    {
      name: 'navigation',
      label: { fi: 'Päävalikko', sv: 'Huvudmeny', en: 'Main menu' },
      type: 'array',
      labels: {
        singular: { fi: 'Valikon kohta', sv: 'Menypost', en: 'Menu item' },
        plural: { fi: 'Valikon kohdat', sv: 'Menyposter', en: 'Menu items' },
      },
      localized: true,
      admin: {
        description: {
          fi: 'Päävalikko, kielikohtaisesti',
          sv: 'Huvudmenyn, per språk',
          en: 'The main menu, per language',
        },
      },
      fields: [
        { name: 'label', label: { fi: 'Teksti', sv: 'Text', en: 'Label' }, type: 'text', required: true },
        {
          name: 'page',
          label: { fi: 'Sivu', sv: 'Sida', en: 'Page' },
          type: 'relationship',
          relationTo: collectionSlugs.pages,
          validate: validateRelationshipExists,
        },
        urlField({
          name: 'url',
          label: { fi: 'Verkko-osoite', sv: 'Webbadress', en: 'Web address' },
          admin: {
            description: {
              fi: 'Ulkoinen osoite, jos sivua ei ole valittu',
              sv: 'En extern adress, när ingen sida är vald',
              en: 'An outside address, when no page is chosen',
            },
          },
        }),
      ],
    },
    { name: 'footer', label: { fi: 'Alatunniste', sv: 'Sidfot', en: 'Footer' }, type: 'richText', localized: true },
    {
      name: 'joinLink',
      label: { fi: 'Liittymislinkki', sv: 'Länk för att bli medlem', en: 'Join link' },
      type: 'group',
      fields: [
        { name: 'label', label: { fi: 'Teksti', sv: 'Text', en: 'Label' }, type: 'text', localized: true },
        urlField({ name: 'url', label: { fi: 'Verkko-osoite', sv: 'Webbadress', en: 'Web address' }, localized: true }),
      ],
    },
    {
      name: 'publicContact',
      label: { fi: 'Julkinen yhteystieto', sv: 'Offentlig kontakt', en: 'Public contact' },
      type: 'group',
      admin: {
        description: {
          fi: 'Mistä yleisö tavoittaa organisaation. Sivut tarjoavat sitä, kun lause viittaisi yhteyshenkilöön, joka ei ole julkinen.',
          sv: 'Där allmänheten når organisationen. Sidorna erbjuder den där en mening skulle nämna en kontaktperson som inte är offentlig.',
          en: 'Where the public reaches the organisation. Pages offer it where a sentence would name a contact person who is not public.',
        },
      },
      fields: [
        { name: 'label', label: { fi: 'Teksti', sv: 'Text', en: 'Label' }, type: 'text', localized: true },
        { name: 'email', label: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' }, type: 'email' },
        urlField({ name: 'url', label: { fi: 'Verkko-osoite', sv: 'Webbadress', en: 'Web address' }, localized: true }),
      ],
    },
    translatedLocalesField,
  ]),
}
