import { collectionSlugs } from '@union/shared/collections'
import type { Validate } from 'payload'
import { relationIdOf } from '../../fields/relationId'
import { addsTo, builtIn } from '../../validation/builtIn'
import { message } from '../../validation/messages'

/** The focus area key must name a focus area of the chosen plan. */
export const validateFocusArea: Validate<string> = addsTo(builtIn.text, async (value, { req, data, event }) => {
  if (!value || event === 'onChange') return true
  const planId = relationIdOf((data as { plan?: unknown }).plan)
  if (planId === undefined) return true
  const found = await req.payload.find({
    collection: collectionSlugs.actionPlans,
    where: { id: { equals: planId } },
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    limit: 1,
  })
  const areas = (found.docs[0]?.focusAreas ?? []) as { key?: string }[]
  if (areas.length === 0) return true // a missing plan is reported by the plan field itself
  const keys = areas.map((area) => area.key).filter(Boolean)
  return keys.includes(value) || message(req, 'focusAreaMissing', { key: value, keys: keys.join(', ') })
})

/** A number (Payload's own check), required unless the target is "not set yet". */
export const validateTargetValue: Validate<number> = addsTo(builtIn.number, (value, { req, siblingData }) => {
  const kind = (siblingData as { kind?: string }).kind
  if (kind === 'not-set' || (value !== null && value !== undefined)) return true
  return message(req, 'targetValueRequired')
})

/**
 * A target relative to its baseline needs a baseline: its value, or the reference level the plan
 * names ("+6 % from the end-2019 level"), so the site never shows a change from nothing.
 */
export const validateBaselineReference: Validate<string> = addsTo(builtIn.text, (value, { req, data }) => {
  const { baseline, target } = data as { baseline?: { value?: unknown }; target?: { kind?: string } }
  if (target?.kind !== 'relative-percent' || value || (baseline?.value !== null && baseline?.value !== undefined))
    return true
  return message(req, 'baselineNeeded')
})
