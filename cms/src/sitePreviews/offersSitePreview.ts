import { isPreviewable } from '@union/shared/sitePreview'
import type { CollectionConfig } from 'payload'

/**
 * Adds the Preview button (PreviewButton.tsx) to the edit view of every collection whose documents
 * are pages of the site; other collections are returned as they are.
 */
export function offersSitePreview(collection: CollectionConfig): CollectionConfig {
  if (!isPreviewable(collection.slug)) return collection
  const components = collection.admin?.components
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          beforeDocumentControls: [
            ...(components?.edit?.beforeDocumentControls ?? []),
            '/sitePreviews/PreviewButton#PreviewButton',
          ],
        },
      },
    },
  }
}
