import type { GroupField } from 'payload'
import { validateUploadExists } from '../validation/validators'

/** Search-engine and social-sharing fields, per locale. Empty fields fall back to the title and summary. */
export const seoField: GroupField = {
  name: 'seo',
  type: 'group',
  label: 'SEO',
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 160 },
    { name: 'image', type: 'upload', relationTo: 'media', validate: validateUploadExists },
  ],
}
