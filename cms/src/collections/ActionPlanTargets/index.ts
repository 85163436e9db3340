import { collectionSlugs } from '@union/shared/collections'
import { deriveTargetStatus, type TargetProgressInput } from '@union/shared/targetStatus'
import { targetDirections, targetKinds, targetStatuses, targetUnits } from '@union/shared/vocabulary'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '../../access'
import { datePrecisionField } from '../../fields/datePrecision'
import {
  targetDirectionLabels,
  targetKindLabels,
  targetStatusLabels,
  targetUnitLabels,
} from '../../fields/optionLabels'
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
  labels: {
    singular: { fi: 'Toimintasuunnitelman tavoite', sv: 'Handlingsplanens mål', en: 'Action plan target' },
    plural: { fi: 'Toimintasuunnitelmien tavoitteet', sv: 'Handlingsplanernas mål', en: 'Action plan targets' },
  },
  admin: {
    useAsTitle: 'metric',
    defaultColumns: ['metric', 'plan', 'focusArea', 'status'],
    group: { fi: 'Sisältö', sv: 'Innehåll', en: 'Content' },
  },
  access: contentAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [refusesUnknownLocale], beforeValidate: [translatorScope] },
  fields: checkedFields([
    {
      name: 'plan',
      label: { fi: 'Toimintasuunnitelma', sv: 'Handlingsplan', en: 'Action plan' },
      type: 'relationship',
      relationTo: collectionSlugs.actionPlans,
      required: true,
      validate: validateRelationshipExists,
    },
    {
      name: 'focusArea',
      label: { fi: 'Painopistealue', sv: 'Fokusområde', en: 'Focus area' },
      type: 'text',
      required: true,
      validate: validateFocusArea,
      admin: {
        description: {
          fi: 'Suunnitelman painopistealueen avain',
          sv: 'Nyckeln till ett av planens fokusområden',
          en: 'The key of a focus area of the plan',
        },
      },
    },
    {
      name: 'metric',
      label: { fi: 'Mittari', sv: 'Mätare', en: 'Metric' },
      type: 'text',
      localized: true,
      required: true,
    },
    {
      name: 'description',
      label: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
      type: 'textarea',
      localized: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          label: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' },
          type: 'select',
          required: true,
          options: selectOptions(targetUnits, targetUnitLabels),
        },
        {
          name: 'direction',
          label: { fi: 'Suunta', sv: 'Riktning', en: 'Direction' },
          type: 'select',
          required: true,
          defaultValue: 'increase',
          options: selectOptions(targetDirections, targetDirectionLabels),
        },
      ],
    },
    {
      name: 'baseline',
      label: { fi: 'Lähtötaso', sv: 'Utgångsnivå', en: 'Baseline' },
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              label: { fi: 'Arvo', sv: 'Värde', en: 'Value' },
              type: 'number',
              validate: validateNumber,
              admin: {
                description: {
                  fi: 'Tyhjä, jos lukua ei ole julkaistu',
                  sv: 'Tomt om värdet inte är publicerat',
                  en: 'Empty when not published',
                },
              },
            },
            {
              name: 'date',
              label: { fi: 'Päivämäärä', sv: 'Datum', en: 'Date' },
              type: 'date',
              validate: validateNotInFuture,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        {
          name: 'reference',
          label: { fi: 'Vertailutaso', sv: 'Referensnivå', en: 'Reference level' },
          type: 'text',
          localized: true,
          validate: validateBaselineReference,
          admin: {
            description: {
              fi: "Lähtötaso suunnitelman sanoin, kun se ei anna lukua, esim. 'vuoden 2019 lopun taso'; näytetään arvon sijaan",
              sv: "Utgångsnivån som planen benämner den när den inte anger något tal, t.ex. 'nivån i slutet av 2019'; visas i stället för värdet",
              en: "The baseline as the plan names it when it gives no number, e.g. 'the end-2019 level'; shown instead of the value",
            },
          },
        },
      ],
    },
    {
      name: 'target',
      label: { fi: 'Tavoite', sv: 'Mål', en: 'Target' },
      type: 'group',
      fields: [
        {
          name: 'kind',
          label: { fi: 'Tyyppi', sv: 'Typ', en: 'Kind' },
          type: 'select',
          required: true,
          defaultValue: 'absolute',
          options: selectOptions(targetKinds, targetKindLabels),
          admin: {
            description: {
              fi: "'Muutos lähtötasosta': muutos prosentteina; 'Ei vielä asetettu': mitataan ensin, tavoite asetetaan myöhemmin",
              sv: "'Förändring från utgångsnivån': förändring i procent; 'Inte fastställt ännu': mäts först, målet sätts senare",
              en: "'relative-percent': change from the baseline in per cent; 'not-set': measured first, target set later",
            },
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              label: { fi: 'Arvo', sv: 'Värde', en: 'Value' },
              type: 'number',
              validate: validateTargetValue,
            },
            {
              name: 'deadline',
              label: { fi: 'Määräaika', sv: 'Tidsfrist', en: 'Deadline' },
              type: 'date',
              validate: validateAfterSibling('baseline.date', {
                fi: 'lähtötason päivämäärä',
                sv: 'utgångsnivåns datum',
                en: 'baseline date',
              }),
              admin: {
                date: { pickerAppearance: 'dayOnly' },
                description: {
                  fi: "Kun tavoite on 'vuoteen 2023 mennessä': vuoden 2023 viimeinen päivä ja tarkkuus 'Vuosi'",
                  sv: "För 'senast 2023': den sista dagen 2023, med precisionen 'År'",
                  en: "For 'by 2023': the last day of 2023, with the precision 'year'",
                },
              },
            },
            datePrecisionField('deadlinePrecision', 'day', {
              fi: 'Määräajan tarkkuus',
              sv: 'Tidsfristens precision',
              en: 'Precision of the deadline',
            }),
          ],
        },
      ],
    },
    {
      name: 'measurements',
      label: { fi: 'Mittaukset', sv: 'Mätningar', en: 'Measurements' },
      type: 'array',
      labels: {
        singular: { fi: 'Mittaus', sv: 'Mätning', en: 'Measurement' },
        plural: { fi: 'Mittaukset', sv: 'Mätningar', en: 'Measurements' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              label: { fi: 'Päivämäärä', sv: 'Datum', en: 'Date' },
              type: 'date',
              required: true,
              validate: validateNotInFuture,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            {
              name: 'value',
              label: { fi: 'Arvo', sv: 'Värde', en: 'Value' },
              type: 'number',
              required: true,
              validate: validateNumber,
            },
            { name: 'source', label: { fi: 'Lähde', sv: 'Källa', en: 'Source' }, type: 'text', localized: true },
          ],
        },
      ],
    },
    {
      name: 'status',
      label: { fi: 'Tila', sv: 'Status', en: 'Status' },
      type: 'select',
      virtual: true,
      options: selectOptions(targetStatuses, targetStatusLabels),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          fi: 'Päätellään tavoitteesta, määräajasta ja viimeisimmästä mittauksesta',
          sv: 'Härleds ur målet, tidsfristen och den senaste mätningen',
          en: 'Derived from the target, deadline and latest measurement',
        },
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
