import { datePrecisions, targetDirections, targetKinds, targetStatuses, targetUnits } from '@union/shared/vocabulary'
import * as z from 'zod'
import { translatableDocumentShape } from './document'
import { dateSchema, optionalTextSchema, referenceSchema, requiredTextSchema } from './fields'

export const measurementSchema = z.object({ date: dateSchema, value: z.number(), source: optionalTextSchema })

/** A measurable target; `status` is derived by the CMS on every read, so the site never recomputes it. */
export const actionPlanTargetSchema = z.object({
  ...translatableDocumentShape,
  plan: referenceSchema,
  focusArea: requiredTextSchema,
  metric: requiredTextSchema,
  description: optionalTextSchema,
  unit: z.enum(targetUnits),
  direction: z.enum(targetDirections),
  /** `reference`: the baseline as the plan names it when it gives no number ("the end-2019 level"). */
  baseline: z
    .object({ value: z.number().nullish(), date: dateSchema.nullish(), reference: optionalTextSchema })
    .nullish(),
  target: z.object({
    kind: z.enum(targetKinds),
    value: z.number().nullish(),
    deadline: dateSchema.nullish(),
    deadlinePrecision: z.enum(datePrecisions).nullish(),
  }),
  measurements: z.array(measurementSchema).nullish(),
  status: z.enum(targetStatuses),
})

export type Measurement = z.infer<typeof measurementSchema>
export type ActionPlanTarget = z.infer<typeof actionPlanTargetSchema>
