import { collectionSlugs } from '@union/shared/collections'
import type { CollectionConfig } from 'payload'
import { anyone, isEditor, isEditorOrTranslator } from '../../access'
import { mediaDir } from '../../env'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'

/**
 * Images, resized by sharp into named sizes on upload. Alt text is required in every language the
 * image is saved in, so a page never shows an image without a description in its own language.
 */
export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: {
    singular: { fi: 'Media', sv: 'Media', en: 'Media' },
    plural: { fi: 'Media', sv: 'Media', en: 'Media' },
  },
  admin: { useAsTitle: 'alt', group: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' } },
  access: { read: anyone, create: isEditor, update: isEditorOrTranslator, delete: isEditor },
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 640 },
      { name: 'content', width: 1024 },
      { name: 'wide', width: 1920 },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: checkedFields([
    {
      name: 'alt',
      label: { fi: 'Vaihtoehtoinen teksti', sv: 'Alternativtext', en: 'Alternative text' },
      type: 'text',
      localized: true,
      required: true,
    },
    { name: 'caption', label: { fi: 'Kuvateksti', sv: 'Bildtext', en: 'Caption' }, type: 'text', localized: true },
    { name: 'credit', label: { fi: 'Kuvaaja tai lähde', sv: 'Fotograf eller källa', en: 'Credit' }, type: 'text' },
  ]),
}
