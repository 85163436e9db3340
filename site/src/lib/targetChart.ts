import type { ActionPlanTarget } from '@union/content-schemas'
import { targetValue } from '@union/shared/targetStatus'

/** The points of a target's chart: baseline and measurements as a line, the target as the goal point. */
export type ChartPoint = { date: string; value: number }
export type TargetChartData = {
  /**
   * The baseline is a level without a number (Teollisuusliitto: "+6 % from the end-2019 level"):
   * values are changes from it in per cent, and the first point stands for the level itself, so it
   * is labelled with the level the plan names, never as a number.
   */
  relative: boolean
  actual: ChartPoint[]
  goal?: ChartPoint
  minValue: number
  maxValue: number
  start: number
  end: number
}

export function goalValue(target: ActionPlanTarget): number | null {
  return targetValue({
    kind: target.target.kind,
    direction: target.direction,
    baseline: target.baseline ?? {},
    target: target.target,
    measurements: [],
  })
}

/**
 * Undefined when there is nothing to draw. A relative target whose baseline level has no number
 * is still drawn, as the path from that level at the baseline date to the change at the deadline.
 */
export function targetChartData(target: ActionPlanTarget): TargetChartData | undefined {
  const baseline =
    target.baseline?.value != null && target.baseline.date
      ? [{ date: target.baseline.date, value: target.baseline.value }]
      : []
  const actual = [...baseline, ...(target.measurements ?? [])].sort((a, b) => a.date.localeCompare(b.date))
  if (actual.length === 0) return relativePath(target)
  const goal = goalValue(target)
  const goalPoint = goal !== null && target.target.deadline ? { date: target.target.deadline, value: goal } : undefined
  const points = goalPoint ? [...actual, goalPoint] : actual
  const values = points.map((point) => point.value)
  const times = points.map((point) => Date.parse(point.date))
  return {
    relative: false,
    actual,
    goal: goalPoint,
    minValue: Math.min(...values),
    maxValue: Math.max(...values),
    start: Math.min(...times),
    end: Math.max(...times),
  }
}

function relativePath(target: ActionPlanTarget): TargetChartData | undefined {
  const { kind, value, deadline } = target.target
  const from = target.baseline?.date
  if (kind !== 'relative-percent' || value == null || !deadline || !from) return undefined
  return {
    relative: true,
    // The level itself, as the origin of the changes; its label is the level's name.
    actual: [{ date: from, value: 0 }],
    goal: { date: deadline, value },
    minValue: Math.min(0, value),
    maxValue: Math.max(0, value),
    start: Date.parse(from),
    end: Date.parse(deadline),
  }
}

/** Maps a point into a width × height box with a margin, y growing upwards. */
export function scale(data: TargetChartData, box: { width: number; height: number; margin: number }) {
  const span = (low: number, high: number) => (high - low === 0 ? 1 : high - low)
  const pad = (data.maxValue - data.minValue) * 0.1 || Math.abs(data.maxValue) * 0.1 || 1
  const low = data.minValue - pad
  const high = data.maxValue + pad
  const round = (value: number) => Math.round(value * 10) / 10
  return (point: ChartPoint) => ({
    x: round(
      box.margin + ((Date.parse(point.date) - data.start) / span(data.start, data.end)) * (box.width - 2 * box.margin),
    ),
    y: round(box.height - box.margin - ((point.value - low) / span(low, high)) * (box.height - 2 * box.margin)),
  })
}
