import * as z from 'zod'
import { idSchema, publishedSchema } from './fields'
import { translatedLocalesSchema } from './locale'
import { reviewSchema } from './review'

/**
 * What every published document has in every locale, translated or not. The site reads only this
 * from a locale the document is not translated into (Payload may return it half empty there).
 */
export const documentAvailabilitySchema = z.looseObject({
  id: idSchema,
  translatedLocales: translatedLocalesSchema,
  _status: publishedSchema,
})

/** The fields shared by every translatable document. */
export const translatableDocumentShape = {
  id: idSchema,
  translatedLocales: translatedLocalesSchema,
  updatedAt: z.string(),
  _status: publishedSchema,
  review: reviewSchema,
}

export type DocumentAvailability = z.infer<typeof documentAvailabilitySchema>
