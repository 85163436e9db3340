import type { CallToActionBlock, CollectionListBlock, RichTextBlock } from '@union/cms/payload-types'
import type { LocaleCode } from '@union/shared/locales'
import { slugify } from '@union/shared/slugs'
import { bySlug, ensureDocument, type ID, type SeedContext } from './documents'

/** Pages: one per source document, each language with its own title, slug and blocks. */

export type PageBlock = Omit<RichTextBlock, 'id'> | Omit<CallToActionBlock, 'id'> | Omit<CollectionListBlock, 'id'>

export type PageText = { title: string; layout: PageBlock[] }

/** A seeded page and its title per language, for the navigation; `menuLabels` where a title is too long for a menu. */
export type SeededPage = { id: ID; titles: [LocaleCode, string][]; menuLabels?: [LocaleCode, string][] }

/** The page is recognised by its slug in its first language (Finnish when it has Finnish). */
export async function ensurePage(ctx: SeedContext, texts: [LocaleCode, PageText][]): Promise<SeededPage> {
  const withSlugs = texts.map(([locale, text]): [LocaleCode, PageText & { slug: string }] => [
    locale,
    { ...text, slug: slugify(text.title) },
  ])
  const [first] = withSlugs
  if (!first) throw new Error('A page needs at least one language')
  const { id } = await ensureDocument(ctx, {
    collection: 'pages',
    label: first[1].title,
    lookups: [bySlug(first[0], first[1].slug)],
    shared: {},
    texts: withSlugs,
  })
  return { id, titles: texts.map(([locale, text]) => [locale, text.title]) }
}
