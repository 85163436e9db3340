import * as z from 'zod'
import { idSchema, optionalTextSchema, publishedSchema, relation } from './fields'
import { translatedLocalesSchema } from './locale'
import { contactReviewSchema } from './review'

/**
 * A person or office. The public API returns only published contacts marked publishable; any
 * other related contact arrives as a bare id, which the site leaves out.
 */
export const contactSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1),
  role: optionalTextSchema,
  email: z.email().nullish(),
  phone: optionalTextSchema,
  publishable: z.literal(true),
  translatedLocales: translatedLocalesSchema,
  _status: publishedSchema,
  review: contactReviewSchema,
})

export const contactRelationsSchema = z.array(relation(contactSchema)).nullish()

export type Contact = z.infer<typeof contactSchema>
