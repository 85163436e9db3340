import { collectionSlugs } from '@union/shared/collections'
import { deriveTargetStatus, type TargetProgressInput } from '@union/shared/targetStatus'
import { targetDirections, targetKinds, targetStatuses, targetUnits } from '@union/shared/vocabulary'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import { datePrecisionField } from '../../fields/datePrecision'
import { selectOptions } from '../../fields/options'
import { reviewField } from '../../fields/review'
import { translatedLocalesField } from '../../fields/translatedLocales'
import { refusesUnknownLocale } from '../../hooks/refusesUnknownLocale'
import { translatorScope } from '../../hooks/translatorScope'
import { checkedFields } from '../../validation/checkedFields'
import {
  validateAfterSibling,
  validateNotInFuture,
  validateNumber,
  validateRelationshipExists,
} from '../../validation/validators'
import { draftVersions } from '../versions'
import { validateBaselineReference, validateFocusArea, validateTargetValue } from './validation'

/**
 * A measurable target of an action plan: metric, baseline, the target (absolute, or relative to the
 * baseline) and its deadline, and measurements over time. Its status is derived on every read, so
 * it never goes stale as the deadline passes.
 */
export const ActionPlanTargets: CollectionConfig = {
  slug: collectionSlugs.actionPlanTargets,
  labels: { singular: 'Action plan target', plural: 'Action plan targets' },
  admin: { useAsTitle: 'metric', defaultColumns: ['metric', 'plan', 'focusArea', 'status'], group: 'Content' },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    {
      name: 'plan',
      type: 'relationship',
      relationTo: collectionSlugs.actionPlans,
      required: true,
      validate: validateRelationshipExists,
    },
    {
      name: 'focusArea',
      type: 'text',
      required: true,
      validate: validateFocusArea,
      admin: { description: 'The key of a focus area of the plan' },
    },
    { name: 'metric', type: 'text', localized: true, required: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'unit', type: 'select', required: true, options: selectOptions(targetUnits) },
        {
          name: 'direction',
          type: 'select',
          required: true,
          defaultValue: 'increase',
          options: selectOptions(targetDirections),
        },
      ],
    },
    {
      name: 'baseline',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'number',
              validate: validateNumber,
              admin: { description: 'Empty when not published' },
            },
            {
              name: 'date',
              type: 'date',
              validate: validateNotInFuture,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        {
          name: 'reference',
          type: 'text',
          localized: true,
          validate: validateBaselineReference,
          admin: {
            description:
              'The baseline as the plan names it when it gives no number, e.g. "the end-2019 level"; shown instead of the value',
          },
        },
      ],
    },
    {
      name: 'target',
      type: 'group',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'absolute',
          options: selectOptions(targetKinds),
          admin: {
            description:
              '"relative-percent": change from the baseline in per cent; "not-set": measured first, target set later',
          },
        },
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', validate: validateTargetValue },
            {
              name: 'deadline',
              type: 'date',
              validate: validateAfterSibling('baseline.date', 'baseline date'),
              admin: {
                date: { pickerAppearance: 'dayOnly' },
                description: 'For "by 2023": the last day of 2023, with the precision "year"',
              },
            },
            datePrecisionField('deadlinePrecision', 'day'),
          ],
        },
      ],
    },
    {
      name: 'measurements',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              validate: validateNotInFuture,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            { name: 'value', type: 'number', required: true, validate: validateNumber },
            { name: 'source', type: 'text', localized: true },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      options: selectOptions(targetStatuses),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Derived from the target, deadline and latest measurement',
      },
      hooks: {
        afterRead: [({ data }) => (data ? deriveTargetStatus(progressInput(data)) : undefined)],
      },
    },
    translatedLocalesField,
    reviewField(),
  ]),
}

function progressInput(doc: Record<string, unknown>): TargetProgressInput {
  const baseline = (doc.baseline ?? {}) as TargetProgressInput['baseline']
  const target = (doc.target ?? {}) as TargetProgressInput['target'] & { kind?: TargetProgressInput['kind'] }
  const measurements = Array.isArray(doc.measurements) ? (doc.measurements as TargetProgressInput['measurements']) : []
  return {
    kind: target.kind ?? 'not-set',
    direction: (doc.direction as TargetProgressInput['direction']) ?? 'increase',
    baseline,
    target,
    measurements: measurements.filter((m) => typeof m.value === 'number' && typeof m.date === 'string'),
  }
}
