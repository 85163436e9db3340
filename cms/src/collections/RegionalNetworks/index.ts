import { collectionSlugs } from '@union/shared/collections'
import { regions } from '@union/shared/regions'
import { meetingFrequencies, socialPlatforms } from '@union/shared/vocabulary'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import { meetingFrequencyLabels, socialPlatformLabels } from '../../fields/optionLabels'
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
  labels: {
    singular: { fi: 'Alueellinen verkosto', sv: 'Regionalt nätverk', en: 'Regional network' },
    plural: { fi: 'Alueelliset verkostot', sv: 'Regionala nätverk', en: 'Regional networks' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'region', '_status', 'updatedAt'],
    group: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' },
  },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    { name: 'name', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, type: 'text', localized: true, required: true },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'acronym',
          label: { fi: 'Lyhenne', sv: 'Förkortning', en: 'Acronym' },
          type: 'text',
          admin: { description: { fi: 'esim. KaMuT', sv: 't.ex. KaMuT', en: 'e.g. KaMuT' } },
        },
        {
          name: 'acronymExpansion',
          label: { fi: 'Lyhenne auki kirjoitettuna', sv: 'Förkortningen utskriven', en: 'Acronym expanded' },
          type: 'text',
          admin: {
            description: {
              fi: 'Lyhenne auki kirjoitettuna omalla kielellään: Kaikki Mukaan Toimintaan',
              sv: 'Vad förkortningen står för, på sitt eget språk: Kaikki Mukaan Toimintaan',
              en: 'What the acronym stands for, in its own language: Kaikki Mukaan Toimintaan',
            },
          },
        },
      ],
    },
    {
      name: 'acronymMeaning',
      label: { fi: 'Lyhenteen merkitys', sv: 'Förkortningens betydelse', en: 'Meaning of the acronym' },
      type: 'text',
      localized: true,
      admin: {
        description: {
          fi: "Lyhenteen merkitys käännettynä: 'Everybody Get Involved'",
          sv: "Förkortningens betydelse översatt: 'Alla med i verksamheten'",
          en: "The expansion translated: 'Everybody Get Involved'",
        },
      },
    },
    {
      name: 'region',
      label: { fi: 'Alue', sv: 'Region', en: 'Region' },
      type: 'select',
      required: true,
      options: regions.map((region) => ({
        label: { fi: region.name.fi, sv: region.name.sv, en: region.name.en },
        value: region.value,
      })),
    },
    {
      name: 'founded',
      label: { fi: 'Perustettu', sv: 'Grundat', en: 'Founded' },
      type: 'date',
      validate: validateNotInFuture,
      admin: {
        date: { pickerAppearance: 'monthOnly', displayFormat: 'MM/yyyy' },
        description: { fi: 'Kuukausi ja vuosi', sv: 'Månad och år', en: 'Month and year' },
      },
    },
    {
      name: 'meetingCadence',
      label: { fi: 'Tapaamistiheys', sv: 'Mötesfrekvens', en: 'Meeting cadence' },
      type: 'group',
      fields: [
        {
          name: 'frequency',
          label: { fi: 'Tiheys', sv: 'Frekvens', en: 'Frequency' },
          type: 'select',
          options: selectOptions(meetingFrequencies, meetingFrequencyLabels),
        },
        {
          name: 'note',
          label: { fi: 'Lisätieto', sv: 'Anmärkning', en: 'Note' },
          type: 'text',
          localized: true,
          admin: {
            description: {
              fi: "esim. 'noin kerran kuukaudessa'",
              sv: "t.ex. 'ungefär en gång i månaden'",
              en: "e.g. 'about once a month'",
            },
          },
        },
      ],
    },
    {
      name: 'chairs',
      label: { fi: 'Puheenjohtajat', sv: 'Ordförande', en: 'Chairs' },
      type: 'relationship',
      relationTo: collectionSlugs.contacts,
      hasMany: true,
      validate: validateRelationshipExists,
    },
    {
      name: 'contactPersons',
      label: { fi: 'Yhteyshenkilöt', sv: 'Kontaktpersoner', en: 'Contact persons' },
      type: 'relationship',
      relationTo: collectionSlugs.contacts,
      hasMany: true,
      validate: validateRelationshipExists,
    },
    {
      name: 'howToJoin',
      label: { fi: 'Näin liityt mukaan', sv: 'Så här deltar du', en: 'How to join' },
      type: 'richText',
      localized: true,
    },
    {
      name: 'contactPrompt',
      label: {
        fi: 'Johdatus yhteyshenkilöihin',
        sv: 'Inledning till kontaktpersonerna',
        en: 'Lead-in to the contacts',
      },
      type: 'text',
      localized: true,
      admin: {
        description: {
          fi: 'Virke, joka johdattaa yhteyshenkilöihin, esim. "Haluatko mukaan? Ota yhteyttä:". Näytetään vain, jos sen perässä on julkaistava yhteyshenkilö; muuten sivusto tarjoaa organisaation julkista yhteystietoa.',
          sv: 'Meningen som leder till kontaktpersonerna, t.ex. "Vill du delta? Kontakta oss:". Visas endast när en kontaktperson som får publiceras följer; annars erbjuder webbplatsen organisationens offentliga kontakt.',
          en: 'The sentence that leads to the contact persons, e.g. "Would you like to participate? Get in touch:". Shown only when a publishable contact person follows it; otherwise the site offers the organisation’s public contact.',
        },
      },
    },
    {
      name: 'hasRegionalGroupRepresentative',
      label: {
        fi: 'Verkostolla on oma edustaja alueryhmässä',
        sv: 'Nätverket har en egen representant i regiongruppen',
        en: 'Has its own representative in the regional group',
      },
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'socialLinks',
      label: { fi: 'Sosiaalinen media', sv: 'Sociala medier', en: 'Social media' },
      type: 'array',
      labels: {
        singular: { fi: 'Somepalvelu', sv: 'Socialt medium', en: 'Social media link' },
        plural: { fi: 'Somepalvelut', sv: 'Sociala medier', en: 'Social media links' },
      },
      fields: [
        {
          name: 'platform',
          label: { fi: 'Palvelu', sv: 'Tjänst', en: 'Platform' },
          type: 'select',
          required: true,
          options: selectOptions(socialPlatforms, socialPlatformLabels),
        },
        urlField({ name: 'url', label: { fi: 'Verkko-osoite', sv: 'Webbadress', en: 'Web address' }, required: true }),
      ],
    },
    {
      name: 'description',
      label: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
      type: 'richText',
      localized: true,
    },
    {
      name: 'image',
      label: { fi: 'Kuva', sv: 'Bild', en: 'Image' },
      type: 'upload',
      relationTo: collectionSlugs.media,
      validate: validateUploadExists,
    },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
