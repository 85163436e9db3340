import type { TargetDirection, TargetKind, TargetStatus } from './vocabulary'

export type TargetProgressInput = {
  kind: TargetKind
  direction: TargetDirection
  baseline: { value?: number | null; date?: string | null }
  target: { value?: number | null; deadline?: string | null }
  measurements: { date: string; value: number }[]
}

/** The value the target asks for: given outright, or relative to the baseline. */
export function targetValue({ kind, baseline, target }: TargetProgressInput): number | null {
  if (kind === 'not-set' || target.value == null) return null
  if (kind === 'absolute') return target.value
  return baseline.value == null ? null : baseline.value * (1 + target.value / 100)
}

/**
 * Status from the latest measurement: achieved once the target value is reached, missed when the
 * deadline passed first, otherwise on track while progress keeps pace with the time elapsed since
 * the baseline (a straight line from baseline to target), at risk when it falls behind.
 */
export function deriveTargetStatus(input: TargetProgressInput, now = new Date()): TargetStatus {
  if (input.kind === 'not-set') return 'not-set'
  const goal = targetValue(input)
  const latest = [...input.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1)
  if (goal === null || !latest) return 'not-measured'
  const rising = input.direction === 'increase'
  if (rising ? latest.value >= goal : latest.value <= goal) return 'achieved'
  const deadline = input.target.deadline ? Date.parse(input.target.deadline) : Number.NaN
  if (now.getTime() > deadline) return 'missed'
  const start = input.baseline.value
  const startDate = input.baseline.date ? Date.parse(input.baseline.date) : Number.NaN
  if (start == null || Number.isNaN(startDate) || Number.isNaN(deadline) || deadline <= startDate) return 'on-track'
  const elapsed = Math.min(1, Math.max(0, (Date.parse(latest.date) - startDate) / (deadline - startDate)))
  const expected = start + (goal - start) * elapsed
  return (rising ? latest.value >= expected : latest.value <= expected) ? 'on-track' : 'at-risk'
}
