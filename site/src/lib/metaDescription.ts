import type { PageBlock, RichText, Seo } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { type Localized, versionsOf } from './localized'

/** The texts a document offers to describe itself in one locale, in the order they are preferred. */
export type DescriptionSource = {
  seo?: Seo
  summary?: string | null
  /** Rich text whose first paragraph says what the document is about (a page's text blocks, a network's description). */
  content?: (RichText | null | undefined)[]
}

/** What search engines show of a description; the CMS's SEO field allows no more. */
export const descriptionMaxLength = 160

/**
 * The `<meta name="description">` of a document in `locale`: its SEO description, else its summary,
 * else the first paragraph of its content, else `fallback` (a sentence of the site's own strings).
 *
 * Payload fills an optional localized field left empty in one locale with the default locale's
 * text, so a Swedish page without a Swedish summary would be described in Finnish. A text that is
 * also one of the same document's texts in another locale is therefore passed over: the
 * description is always in the page's language.
 */
export function metaDescription(
  locale: LocaleCode,
  own: DescriptionSource,
  otherLocales: DescriptionSource[],
  fallback: string,
): string {
  const elsewhere = new Set(otherLocales.flatMap(candidates))
  const chosen = candidates(own).find((text) => !elsewhere.has(text)) ?? normalized(fallback)
  return shortened(chosen, locale)
}

/** `metaDescription` of one document in `locale`, weighed against its versions in the other locales. */
export function documentDescription<Doc extends { id: number }>(
  all: Localized<Doc>[],
  locale: LocaleCode,
  doc: Doc,
  sourceOf: (doc: Doc) => DescriptionSource,
  fallback: string,
): string {
  const others = versionsOf(all, doc.id).filter((entry) => entry.locale !== locale)
  return metaDescription(
    locale,
    sourceOf(doc),
    others.map((entry) => sourceOf(entry.doc)),
    fallback,
  )
}

/** A page's texts for `metaDescription`: its rich-text blocks are its content. */
export function pageDescriptionSource(page: {
  seo?: Seo
  summary?: string | null
  layout?: PageBlock[] | null
}): DescriptionSource {
  return {
    seo: page.seo,
    summary: page.summary,
    content: (page.layout ?? []).flatMap((block) => (block.blockType === 'richText' ? [block.content] : [])),
  }
}

function candidates(source: DescriptionSource): string[] {
  return [source.seo?.description, source.summary, firstParagraph(source.content ?? [])]
    .map((text) => normalized(text ?? ''))
    .filter((text) => text !== '')
}

type Node = { type?: unknown; text?: unknown; children?: unknown }

/** The text of the first paragraph that has any (headings and lists are not a description). */
function firstParagraph(content: (RichText | null | undefined)[]): string | undefined {
  for (const value of content) {
    for (const node of (value?.root.children ?? []) as Node[]) {
      if (node.type !== 'paragraph') continue
      const text = normalized(textOf(node))
      if (text) return text
    }
  }
  return undefined
}

function textOf(node: Node): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return ' '
  return Array.isArray(node.children) ? (node.children as Node[]).map(textOf).join('') : ''
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Cut at a word boundary of the locale (Thai has no spaces between words), marked with an ellipsis. */
function shortened(text: string, locale: LocaleCode): string {
  if (text.length <= descriptionMaxLength) return text
  const limit = descriptionMaxLength - 1
  let end = 0
  // Every segment starts at a word boundary: cut at the last one that leaves room for the ellipsis.
  for (const { index } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (index > limit) break
    end = index
  }
  const cut = text.slice(0, end || limit).replace(/[\s,.;:–—-]+$/u, '')
  return `${cut}…`
}
