import type { ActionPlanTarget } from '@union/content-schemas'
import { expect, test } from 'vitest'
import { targetChartData } from '../src/lib/targetChart'

const stewards = {
  metric: 'Pääluottamusmiesten ja työsuojeluvaltuutettujen määrä',
  unit: 'count',
  direction: 'increase',
  baseline: { value: null, date: '2018-12-31', reference: 'vuoden 2018 taso' },
  target: { kind: 'relative-percent', value: 10, deadline: '2023-12-31', deadlinePrecision: 'year' },
  measurements: [],
} as unknown as ActionPlanTarget

test('a relative target whose baseline is a level without a number is drawn from that level to its change', () => {
  const data = targetChartData(stewards)
  expect(data).toMatchObject({
    relative: true,
    actual: [{ date: '2018-12-31' }],
    goal: { date: '2023-12-31', value: 10 },
  })
})

test('measured values are drawn as they are, with the target value computed from the baseline', () => {
  const measured = {
    ...stewards,
    baseline: { value: 1000, date: '2018-12-31' },
    measurements: [{ date: '2020-12-31', value: 1040 }],
  } as unknown as ActionPlanTarget
  const data = targetChartData(measured)
  expect(data?.relative).toBe(false)
  expect(data?.actual.map((point) => point.value)).toEqual([1000, 1040])
  expect(data?.goal?.value).toBeCloseTo(1100)
})

test('a target not set yet, or without dates, has no chart', () => {
  expect(targetChartData({ ...stewards, target: { kind: 'not-set' } } as unknown as ActionPlanTarget)).toBeUndefined()
  expect(targetChartData({ ...stewards, baseline: {} } as unknown as ActionPlanTarget)).toBeUndefined()
})
