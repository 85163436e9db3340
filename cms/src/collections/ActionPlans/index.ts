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
  labels: {
    singular: { fi: 'Toimintasuunnitelma', sv: 'Handlingsplan', en: 'Action plan' },
    plural: { fi: 'Toimintasuunnitelmat', sv: 'Handlingsplaner', en: 'Action plans' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'periodStart', '_status'],
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
    slugField({ from: 'title' }),
    {
      name: 'organisation',
      label: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
      type: 'text',
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodStart',
          label: { fi: 'Kauden alku', sv: 'Periodens början', en: 'Start of the period' },
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'periodEnd',
          label: { fi: 'Kauden loppu', sv: 'Periodens slut', en: 'End of the period' },
          type: 'date',
          required: true,
          validate: validateAfterSibling('periodStart', {
            fi: 'kauden alku',
            sv: 'periodens början',
            en: 'start of the period',
          }),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        // "Toimintasuunnitelma 2020" is a year, not January to December: shown as the plan states it.
        datePrecisionField('periodPrecision', 'month', {
          fi: 'Kauden tarkkuus',
          sv: 'Periodens precision',
          en: 'Precision of the period',
        }),
      ],
    },
    {
      name: 'summary',
      label: { fi: 'Tiivistelmä', sv: 'Sammanfattning', en: 'Summary' },
      type: 'textarea',
      localized: true,
      admin: {
        description: {
          fi: 'Yksi tai kaksi virkettä etusivulle ja hakukoneille',
          sv: 'En eller två meningar för startsidan och sökmotorerna',
          en: 'One or two sentences for the home page and search engines',
        },
      },
    },
    { name: 'foreword', label: { fi: 'Esipuhe', sv: 'Förord', en: 'Foreword' }, type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'forewordAuthor',
          label: { fi: 'Esipuheen kirjoittaja', sv: 'Förordets författare', en: 'Author of the foreword' },
          type: 'text',
        },
        {
          name: 'forewordAuthorRole',
          label: {
            fi: 'Esipuheen kirjoittajan tehtävä',
            sv: 'Förordsförfattarens roll',
            en: 'Role of the foreword’s author',
          },
          type: 'text',
          localized: true,
        },
      ],
    },
    {
      name: 'focusAreas',
      label: { fi: 'Painopistealueet', sv: 'Fokusområden', en: 'Focus areas' },
      type: 'array',
      required: true,
      minRows: 1,
      labels: {
        singular: { fi: 'Painopistealue', sv: 'Fokusområde', en: 'Focus area' },
        plural: { fi: 'Painopistealueet', sv: 'Fokusområden', en: 'Focus areas' },
      },
      fields: [
        {
          name: 'key',
          label: { fi: 'Avain', sv: 'Nyckel', en: 'Key' },
          type: 'text',
          required: true,
          admin: {
            description: {
              fi: "Lyhyt pysyvä nimi, johon tavoitteet viittaavat, esim. 'jarjestaytyminen'",
              sv: "Ett kort, beständigt namn som målen hänvisar till, t.ex. 'organisering'",
              en: "A short stable name that targets refer to, e.g. 'organising'",
            },
          },
        },
        {
          name: 'title',
          label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
          type: 'text',
          localized: true,
          required: true,
        },
        {
          name: 'summary',
          label: { fi: 'Tiivistelmä', sv: 'Sammanfattning', en: 'Summary' },
          type: 'richText',
          localized: true,
        },
        {
          name: 'actions',
          label: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Actions' },
          type: 'array',
          labels: {
            singular: { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Action' },
            plural: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Actions' },
          },
          fields: [
            {
              name: 'title',
              label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
              type: 'text',
              localized: true,
              required: true,
            },
            {
              name: 'description',
              label: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
              type: 'richText',
              localized: true,
            },
          ],
        },
      ],
    },
    {
      name: 'otherEmphases',
      label: { fi: 'Muut painotukset', sv: 'Andra betoningar', en: 'Other emphases' },
      type: 'group',
      admin: {
        description: {
          fi: "Mitä suunnitelma painottaa painopistealueiden lisäksi, esim. 'Muut painotukset liiton toiminnassa'",
          sv: "Vad planen betonar utöver sina fokusområden, t.ex. 'Muut painotukset liiton toiminnassa'",
          en: "What the plan stresses besides its focus areas, e.g. 'Muut painotukset liiton toiminnassa'",
        },
      },
      fields: [
        { name: 'title', label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' }, type: 'text', localized: true },
        { name: 'content', label: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' }, type: 'richText', localized: true },
      ],
    },
    seoField,
    translatedLocalesField,
    reviewField(),
  ]),
}
