import type { ActionPlanTarget } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { t } from '../i18n'
import { datetimeOf, formatDate, formatNumber } from './format'
import { goalValue } from './targetChart'

/**
 * A target's baseline, goal and deadline in words, as precisely as the plan states them. The table
 * and the chart both take their words and figures from here, so they cannot disagree.
 */

/** A value in the target's unit: "50 %" for a percentage, "1 060" for a count. */
export function targetValueText(locale: LocaleCode, target: ActionPlanTarget, value: number): string {
  return target.unit === 'percent'
    ? formatNumber(locale, value / 100, { style: 'percent', maximumFractionDigits: 1 })
    : formatNumber(locale, value)
}

/** A relative target's change: "+6 %". */
export function changeText(locale: LocaleCode, change: number): string {
  return formatNumber(locale, change / 100, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 })
}

/** The baseline as the plan gives it: its value and date, or the level it names ("vuoden 2019 lopun taso"). */
export function baselineText(locale: LocaleCode, target: ActionPlanTarget): string {
  const baseline = target.baseline
  if (baseline?.value != null) {
    const value = targetValueText(locale, target, baseline.value)
    return baseline.date ? `${value} (${formatDate(locale, baseline.date)})` : value
  }
  return baseline?.reference || t(locale, 'noValue')
}

/** What the baseline point of a chart stands for when the baseline has no number. */
export function baselineLevel(locale: LocaleCode, target: ActionPlanTarget): string {
  return target.baseline?.reference || t(locale, 'baseline')
}

/**
 * The target: its value, the value a relative target reaches from a known baseline with the
 * change ("1 060 (+6 % from baseline)"), or only the change when the baseline is a level without
 * a number ("+6 % from baseline"); a target to be set later says so.
 */
export function goalText(locale: LocaleCode, target: ActionPlanTarget): string {
  const { kind, value } = target.target
  if (kind === 'not-set') return t(locale, 'setLater')
  if (value == null) return t(locale, 'noValue')
  if (kind === 'absolute') return targetValueText(locale, target, value)
  const change = t(locale, 'relativeTarget', { change: changeText(locale, value) })
  const goal = goalValue(target)
  return goal === null ? change : `${targetValueText(locale, target, goal)} (${change})`
}

/** The deadline as precisely as the plan states it ("2023" for "by 2023"), with its `<time datetime>`. */
export function deadlineText(locale: LocaleCode, target: ActionPlanTarget): { text: string; datetime?: string } {
  const { deadline, deadlinePrecision } = target.target
  if (deadline) {
    const precision = deadlinePrecision ?? 'day'
    return { text: formatDate(locale, deadline, precision), datetime: datetimeOf(deadline, precision) }
  }
  return { text: t(locale, target.target.kind === 'not-set' ? 'setLater' : 'noValue') }
}
