import * as z from 'zod'
import { optionalTextSchema, relation } from './fields'
import { mediaSchema } from './media'

/** Search-engine and sharing texts; empty ones fall back to the document's title and summary. */
export const seoSchema = z
  .object({ title: optionalTextSchema, description: optionalTextSchema, image: relation(mediaSchema).nullish() })
  .nullish()

export type Seo = z.infer<typeof seoSchema>
