import type { CallToActionBlock, CollectionListBlock, ContactCardBlock, RichTextBlock } from '@union/cms/payload-types'
import type { LocaleCode } from '@union/shared/locales'
import { slugify } from '@union/shared/slugs'
import { bySlug, ensureDocument, type ID, type SeedContext } from './documents'

/** Pages: one per source document, each language with its own title, slug and blocks. */

export type PageBlock =
  | Omit<RichTextBlock, 'id'>
  | Omit<CallToActionBlock, 'id'>
  | Omit<CollectionListBlock, 'id'>
  | Omit<ContactCardBlock, 'id'>

export type PageText = {
  title: string
  /** The text's own opening, shown as the page's lede and on the home page. */
  summary?: string
  /** A short name for the menu where the title is a whole headline. */
  menuLabel?: string
  /** The date the text is dated (a news item's), as an ISO date; the same in every language. */
  publishedAt?: string
  layout: PageBlock[]
}

/** A seeded page and its title per language, for the navigation; `menuLabels` where a title is too long for a menu. */
export type SeededPage = { id: ID; titles: [LocaleCode, string][]; menuLabels?: [LocaleCode, string][] }

/** The page is recognised by its slug in its first language (Finnish when it has Finnish). */
export async function ensurePage(ctx: SeedContext, texts: [LocaleCode, PageText][]): Promise<SeededPage> {
  const withSlugs = texts.map(
    ([locale, { menuLabel: _label, publishedAt: _date, ...text }]): [LocaleCode, typeof text & { slug: string }] => [
      locale,
      { ...text, slug: slugify(text.title) },
    ],
  )
  const [first] = withSlugs
  if (!first) throw new Error('A page needs at least one language')
  const publishedAt = texts.find(([, text]) => text.publishedAt)?.[1].publishedAt
  const { id } = await ensureDocument(ctx, {
    collection: 'pages',
    label: first[1].title,
    lookups: [bySlug(first[0], first[1].slug)],
    shared: publishedAt ? { publishedAt } : {},
    texts: withSlugs,
  })
  const menuLabels = texts.flatMap(([locale, text]): [LocaleCode, string][] =>
    text.menuLabel ? [[locale, text.menuLabel]] : [],
  )
  return {
    id,
    titles: texts.map(([locale, text]) => [locale, text.title]),
    ...(menuLabels.length > 0 ? { menuLabels } : {}),
  }
}
