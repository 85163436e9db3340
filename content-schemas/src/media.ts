import * as z from 'zod'
import { idSchema, optionalTextSchema } from './fields'

/** An uploaded image. `url` is where the CMS serves the original; the site makes its own sizes. */
export const mediaSchema = z.object({
  id: idSchema,
  alt: z.string().trim().min(1),
  caption: optionalTextSchema,
  credit: optionalTextSchema,
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().startsWith('image/'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  filesize: z.number().int().nonnegative().nullish(),
  updatedAt: z.string(),
})

export type Media = z.infer<typeof mediaSchema>
