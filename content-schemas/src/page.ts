import { slugPattern } from '@union/shared/slugs'
import * as z from 'zod'
import { translatableDocumentShape } from './document'
import { dateSchema, optionalTextSchema, referenceSchema, requiredTextSchema } from './fields'
import { pageBlockSchema } from './pageBlocks'
import { seoSchema } from './seo'

/** A content page; its address is its ancestors' slugs and its own, in the page's locale. */
export const pageSchema = z.object({
  ...translatableDocumentShape,
  title: requiredTextSchema,
  slug: z.string().regex(slugPattern, 'a slug of lower-case words joined by hyphens'),
  parent: referenceSchema.nullish(),
  summary: optionalTextSchema,
  /** The date the text is dated (a news item's), shown in the page's language. */
  publishedAt: dateSchema.nullish(),
  layout: z.array(pageBlockSchema).nullish(),
  seo: seoSchema,
})

export type Page = z.infer<typeof pageSchema>
