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
  labels: {
    singular: { fi: 'Yhteyshenkilö', sv: 'Kontaktperson', en: 'Contact' },
    plural: { fi: 'Yhteyshenkilöt', sv: 'Kontaktpersoner', en: 'Contacts' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'publishable', 'updatedAt'],
    group: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' },
  },
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
    { name: 'name', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, type: 'text', required: true },
    {
      name: 'role',
      label: { fi: 'Tehtävä', sv: 'Roll', en: 'Role' },
      type: 'text',
      localized: true,
      admin: {
        description: {
          fi: "esim. 'Puheenjohtaja' tai 'Aluetoimisto'",
          sv: "t.ex. 'Ordförande' eller 'Regionkontor'",
          en: "e.g. 'Chair' or 'Regional office'",
        },
      },
    },
    { name: 'email', label: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' }, type: 'email' },
    { name: 'phone', label: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' }, type: 'text', validate: validatePhone },
    {
      name: 'publishable',
      label: { fi: 'Saa julkaista', sv: 'Får publiceras', en: 'Publishable' },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Henkilötieto: näytä henkilö julkisella sivustolla vain hänen suostumuksellaan.',
          sv: 'Personuppgifter: visa personen på den offentliga webbplatsen endast med hens samtycke.',
          en: 'Personal data: show this person on the public site only with their consent.',
        },
      },
    },
    translatedLocalesField,
    reviewField({ termEnd: true }),
  ]),
}
