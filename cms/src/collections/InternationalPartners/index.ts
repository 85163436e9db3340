import { collectionSlugs } from '@union/shared/collections'
import { partnerKinds, partnerRelationships, partnerScopes, partnerStatuses } from '@union/shared/vocabulary'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import {
  partnerKindLabels,
  partnerRelationshipLabels,
  partnerScopeLabels,
  partnerStatusLabels,
} from '../../fields/optionLabels'
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
  labels: {
    singular: { fi: 'Kansainvälinen kumppani', sv: 'Internationell partner', en: 'International partner' },
    plural: { fi: 'Kansainväliset kumppanit', sv: 'Internationella partner', en: 'International partners' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'abbreviation', 'scope', 'status', '_status'],
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
          name: 'abbreviation',
          label: { fi: 'Lyhenne', sv: 'Förkortning', en: 'Abbreviation' },
          type: 'text',
          admin: { description: { fi: 'esim. EPSU, SAK, ILO', sv: 't.ex. EPSU, SAK, ILO', en: 'e.g. EPSU, SAK, ILO' } },
        },
        {
          name: 'country',
          label: { fi: 'Maa', sv: 'Land', en: 'Country' },
          type: 'text',
          validate: validateCountryCode,
          admin: {
            description: {
              fi: 'ISO 3166 -koodi, kuten FI; tyhjä kansainvälisille järjestöille',
              sv: 'ISO 3166-kod som FI; tomt för internationella organisationer',
              en: 'ISO 3166 code such as FI; empty for international organisations',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: { fi: 'Tyyppi', sv: 'Typ', en: 'Kind' },
          type: 'select',
          required: true,
          options: selectOptions(partnerKinds, partnerKindLabels),
        },
        {
          name: 'scope',
          label: { fi: 'Toiminta-alue', sv: 'Räckvidd', en: 'Scope' },
          type: 'select',
          required: true,
          options: selectOptions(partnerScopes, partnerScopeLabels),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'relationship',
          label: { fi: 'Suhde', sv: 'Relation', en: 'Relationship' },
          type: 'select',
          required: true,
          options: selectOptions(partnerRelationships, partnerRelationshipLabels),
        },
        {
          name: 'status',
          label: { fi: 'Tila', sv: 'Status', en: 'Status' },
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: selectOptions(partnerStatuses, partnerStatusLabels),
          admin: {
            description: {
              fi: "'Haetaan' on kumppanuus, jota organisaatio etsii",
              sv: "'Sökes' är ett partnerskap som organisationen söker",
              en: "'Sought' is a partnership the organisation is looking for",
            },
          },
        },
      ],
    },
    urlField({ name: 'website', label: { fi: 'Verkkosivusto', sv: 'Webbplats', en: 'Website' } }),
    {
      name: 'description',
      label: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
      type: 'richText',
      localized: true,
    },
    {
      name: 'cooperationProjects',
      label: { fi: 'Yhteistyöhankkeet', sv: 'Samarbetsprojekt', en: 'Cooperation projects' },
      type: 'array',
      labels: {
        singular: { fi: 'Yhteistyöhanke', sv: 'Samarbetsprojekt', en: 'Cooperation project' },
        plural: { fi: 'Yhteistyöhankkeet', sv: 'Samarbetsprojekt', en: 'Cooperation projects' },
      },
      fields: [
        {
          name: 'title',
          label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
          type: 'text',
          localized: true,
          // Not required: the list is shared by all languages, and a project may be described in
          // one language only (source 004's projects exist in Vietnamese). The site shows a
          // project in the languages that have its title.
          admin: {
            description: {
              fi: 'Jokaisella kielellä, jolla hanke näytetään',
              sv: 'På varje språk som ska visa projektet',
              en: 'In each language that should show this project',
            },
          },
        },
        {
          name: 'funders',
          label: { fi: 'Rahoittajat', sv: 'Finansiärer', en: 'Funders' },
          type: 'relationship',
          relationTo: collectionSlugs.internationalPartners,
          hasMany: true,
          validate: validateRelationshipExists,
          admin: {
            description: {
              fi: 'Kumppanit, jotka rahoittavat hanketta suoraan',
              sv: 'Partner som finansierar projektet direkt',
              en: 'Partners that fund the project directly',
            },
          },
        },
        {
          name: 'fundedThrough',
          label: { fi: 'Rahoitus kumppanin kautta', sv: 'Finansiering via partner', en: 'Funding through partners' },
          type: 'array',
          // The derived name of the versions table passes the 63 characters SQL allows.
          dbName: 'partner_project_funding',
          labels: {
            singular: {
              fi: 'Rahoitus kumppanin kautta',
              sv: 'Finansiering via en partner',
              en: 'Funding through a partner',
            },
            plural: {
              fi: 'Rahoitukset kumppanien kautta',
              sv: 'Finansiering via partner',
              en: 'Funding through partners',
            },
          },
          admin: {
            description: {
              fi: "Rahoitus, joka tulee muulta kuin kumppanilta jonkin kumppanin kautta: 'Ủy ban Châu Âu tài trợ thông qua LO/FTF tại Khánh Hòa'",
              sv: "Pengar från en finansiär som inte är partner, förmedlade via en partner: 'Ủy ban Châu Âu tài trợ thông qua LO/FTF tại Khánh Hòa'",
              en: "Money from a funder that is not a partner, channelled through one: 'Ủy ban Châu Âu tài trợ thông qua LO/FTF tại Khánh Hòa'",
            },
          },
          fields: [
            {
              type: 'row',
              fields: [
                // Not required, like the title: the row is shared by all languages.
                {
                  name: 'funder',
                  label: { fi: 'Rahoittaja', sv: 'Finansiär', en: 'Funder' },
                  type: 'text',
                  localized: true,
                  admin: {
                    description: {
                      fi: "esim. 'Euroopan komissio'",
                      sv: "t.ex. 'Europeiska kommissionen'",
                      en: "e.g. 'the European Commission'",
                    },
                  },
                },
                {
                  name: 'intermediary',
                  label: { fi: 'Välittäjä', sv: 'Förmedlare', en: 'Intermediary' },
                  type: 'relationship',
                  relationTo: collectionSlugs.internationalPartners,
                  required: true,
                  validate: validateRelationshipExists,
                },
              ],
            },
            {
              name: 'places',
              label: { fi: 'Paikat', sv: 'Platser', en: 'Places' },
              type: 'text',
              hasMany: true,
              localized: true,
              admin: {
                description: {
                  fi: 'Mihin rahoitus meni, jos lähde kertoo sen',
                  sv: 'Vart finansieringen gick, om källan anger det',
                  en: 'Where this funding went, when the source says',
                },
              },
            },
          ],
        },
        {
          name: 'places',
          label: { fi: 'Paikat', sv: 'Platser', en: 'Places' },
          type: 'text',
          hasMany: true,
          localized: true,
          admin: {
            description: {
              fi: "Kuten lähde ne nimeää; '3 tỉnh, thành phố', jos se vain laskee ne",
              sv: "Som källan namnger dem; '3 tỉnh, thành phố' när den bara räknar dem",
              en: "As the source names them; '3 tỉnh, thành phố' when it only counts them",
            },
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'start',
              label: { fi: 'Alkoi', sv: 'Start', en: 'Start' },
              type: 'date',
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
            {
              name: 'end',
              label: { fi: 'Päättyi', sv: 'Slut', en: 'End' },
              type: 'date',
              validate: validateAfterSibling('start', { fi: 'alkamispäivä', sv: 'startdatumet', en: 'start date' }),
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
          ],
        },
        {
          name: 'outcome',
          label: { fi: 'Tulokset', sv: 'Resultat', en: 'Outcome' },
          type: 'textarea',
          localized: true,
        },
      ],
    },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
