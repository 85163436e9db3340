import type { Media, PageBlock, Seo } from '@union/content-schemas'

type MediaRelation = number | Media | null | undefined

/** The image for link previews: the SEO image when set, else the first image of the document. */
export function shareImage(seo: Seo, ...fallbacks: MediaRelation[]): Media | undefined {
  return [seo?.image, ...fallbacks].find(
    (candidate): candidate is Media => typeof candidate === 'object' && candidate !== null,
  )
}

export function firstBlockImage(blocks: PageBlock[] | null | undefined): MediaRelation {
  return blocks?.find((block) => block.blockType === 'image')?.image
}
