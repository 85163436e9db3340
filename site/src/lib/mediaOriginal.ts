import type { Media } from '@union/content-schemas'
import type { ImageMetadata } from 'astro'
import { mediaFileName } from '../loader/mediaFiles'

// The loader put every original in cms-media/ before the pages are bundled, so this sees them all.
const originals = import.meta.glob<{ default: ImageMetadata }>('/cms-media/*', { eager: true })

/** The uploaded original of a media document, as astro:assets metadata to make sizes from. */
export function mediaOriginal(media: Media): ImageMetadata {
  const original = originals[`/cms-media/${mediaFileName(media)}`]?.default
  if (!original) {
    throw new Error(
      `Image file for media ${media.id} (${media.filename}) is missing from site/cms-media; the loader should have fetched it`,
    )
  }
  return original
}
