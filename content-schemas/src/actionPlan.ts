import { datePrecisions } from '@union/shared/vocabulary'
import * as z from 'zod'
import { translatableDocumentShape } from './document'
import { dateSchema, optionalTextSchema, requiredTextSchema } from './fields'
import { richTextSchema } from './richText'
import { seoSchema } from './seo'

export const focusAreaSchema = z.object({
  key: requiredTextSchema,
  title: requiredTextSchema,
  summary: richTextSchema.nullish(),
  actions: z.array(z.object({ title: requiredTextSchema, description: richTextSchema.nullish() })).nullish(),
})

export const actionPlanSchema = z.object({
  ...translatableDocumentShape,
  title: requiredTextSchema,
  slug: requiredTextSchema,
  organisation: requiredTextSchema,
  periodStart: dateSchema,
  periodEnd: dateSchema,
  periodPrecision: z.enum(datePrecisions).nullish(),
  summary: optionalTextSchema,
  foreword: richTextSchema.nullish(),
  forewordAuthor: optionalTextSchema,
  forewordAuthorRole: optionalTextSchema,
  focusAreas: z.array(focusAreaSchema).min(1),
  /** What the plan stresses besides its focus areas; the title is the plan's own heading for it. */
  otherEmphases: z.object({ title: optionalTextSchema, content: richTextSchema.nullish() }).nullish(),
  seo: seoSchema,
})

export type FocusArea = z.infer<typeof focusAreaSchema>
export type ActionPlan = z.infer<typeof actionPlanSchema>
