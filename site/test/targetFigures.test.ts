import type { ActionPlanTarget } from '@union/content-schemas'
import { describe, expect, test } from 'vitest'
import { baselineLevel, baselineText, deadlineText, goalText } from '../src/lib/targetFigures'

/** Intl separates "6" and "%" with a no-break space in Finnish; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

const members = {
  metric: 'Työmarkkinoiden käytössä olevien jäsentemme määrä nousee 6 prosenttia vuoden 2019 lopun tasosta',
  unit: 'count',
  direction: 'increase',
  baseline: { value: null, date: '2019-12-31T00:00:00.000Z', reference: 'vuoden 2019 lopun taso' },
  target: { kind: 'relative-percent', value: 6, deadline: '2023-12-31T00:00:00.000Z', deadlinePrecision: 'year' },
  measurements: [],
  status: 'not-measured',
} as unknown as ActionPlanTarget

const target = (changes: Partial<ActionPlanTarget>) => ({ ...members, ...changes }) as ActionPlanTarget

describe('a relative target whose baseline is a named level', () => {
  test('is its change from the baseline, as the chart shows it, never "not set"', () => {
    expect(plain(goalText('fi', members))).toBe('+6 % lähtötasosta')
    expect(plain(goalText('en', members))).toBe('+6% from baseline')
  })

  test('has the level as its baseline, in the table and at the chart’s first point', () => {
    expect(baselineText('fi', members)).toBe('vuoden 2019 lopun taso')
    expect(baselineLevel('fi', members)).toBe('vuoden 2019 lopun taso')
    expect(baselineLevel('fi', target({ baseline: { date: '2019-12-31T00:00:00.000Z' } }))).toBe('Lähtötaso')
  })
})

test('a relative target from a known baseline value is the value it reaches, with the change', () => {
  const counted = target({ baseline: { value: 1000, date: '2019-12-31T00:00:00.000Z' } })
  expect(plain(goalText('fi', counted))).toBe('1 060 (+6 % lähtötasosta)')
  expect(plain(baselineText('fi', counted))).toBe('1 000 (31. joulukuuta 2019)')
})

test('a deadline is shown as precisely as the plan states it', () => {
  expect(deadlineText('fi', members)).toEqual({ text: '2023', datetime: '2023' })
  const byDay = target({ target: { ...members.target, deadlinePrecision: 'day' } })
  expect(deadlineText('en', byDay)).toEqual({ text: 'December 31, 2023', datetime: '2023-12-31' })
})

test('a target to be set later says so; a baseline the plan does not give is not stated', () => {
  const later = target({ baseline: {}, target: { kind: 'not-set' } })
  expect(goalText('fi', later)).toBe('asetetaan myöhemmin')
  expect(deadlineText('fi', later)).toEqual({ text: 'asetetaan myöhemmin' })
  expect(baselineText('fi', later)).toBe('ei ilmoitettu')
})
