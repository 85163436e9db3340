import { describe, expect, test } from 'vitest'
import { deriveTargetStatus, type TargetProgressInput, targetValue } from '../src/targetStatus'

// Teollisuusliitto 2020: head shop stewards and OSH representatives +10 % from the 2018 level by 2023.
const stewards: TargetProgressInput = {
  kind: 'relative-percent',
  direction: 'increase',
  baseline: { value: 1000, date: '2018-12-31' },
  target: { value: 10, deadline: '2023-12-31' },
  measurements: [],
}
const midway = new Date('2021-06-30')

describe('target status', () => {
  test('a relative target is counted from the baseline', () => {
    expect(targetValue(stewards)).toBeCloseTo(1100)
  })

  test('no target yet, and no measurement yet, say so', () => {
    expect(deriveTargetStatus({ ...stewards, kind: 'not-set' }, midway)).toBe('not-set')
    expect(deriveTargetStatus(stewards, midway)).toBe('not-measured')
    expect(deriveTargetStatus({ ...stewards, baseline: { date: '2018-12-31' } }, midway)).toBe('not-measured')
  })

  test('on track while progress keeps pace with time, at risk when behind', () => {
    expect(deriveTargetStatus({ ...stewards, measurements: [{ date: '2021-06-30', value: 1060 }] }, midway)).toBe(
      'on-track',
    )
    expect(deriveTargetStatus({ ...stewards, measurements: [{ date: '2021-06-30', value: 1010 }] }, midway)).toBe(
      'at-risk',
    )
  })

  test('achieved once reached, missed when the deadline passed first', () => {
    const reached = { ...stewards, measurements: [{ date: '2022-12-31', value: 1120 }] }
    expect(deriveTargetStatus(reached, new Date('2024-06-01'))).toBe('achieved')
    const short = { ...stewards, measurements: [{ date: '2023-12-31', value: 1050 }] }
    expect(deriveTargetStatus(short, new Date('2024-06-01'))).toBe('missed')
  })

  test('the latest measurement counts, whatever order they were entered in', () => {
    const measurements = [
      { date: '2022-12-31', value: 1120 },
      { date: '2019-12-31', value: 990 },
    ]
    expect(deriveTargetStatus({ ...stewards, measurements }, new Date('2023-01-01'))).toBe('achieved')
  })

  test('a decreasing target is reached by going down', () => {
    const input: TargetProgressInput = {
      kind: 'absolute',
      direction: 'decrease',
      baseline: { value: 30, date: '2020-01-01' },
      target: { value: 20, deadline: '2022-01-01' },
      measurements: [{ date: '2021-12-01', value: 19 }],
    }
    expect(deriveTargetStatus(input, new Date('2021-12-02'))).toBe('achieved')
  })
})
