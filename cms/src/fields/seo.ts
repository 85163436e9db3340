import type { GroupField } from 'payload'
import { validateUploadExists } from '../validation/validators'

/** Search-engine and social-sharing fields, per locale. Empty fields fall back to the title and summary. */
export const seoField: GroupField = {
  name: 'seo',
  label: { fi: 'Hakukoneet ja jakaminen', sv: 'Sökmotorer och delning', en: 'SEO' },
  type: 'group',
  fields: [
    {
      name: 'title',
      label: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
      type: 'text',
      localized: true,
      maxLength: 70,
    },
    {
      name: 'description',
      label: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
      type: 'textarea',
      localized: true,
      maxLength: 160,
    },
    {
      name: 'image',
      label: { fi: 'Kuva', sv: 'Bild', en: 'Image' },
      type: 'upload',
      relationTo: 'media',
      validate: validateUploadExists,
    },
  ],
}
