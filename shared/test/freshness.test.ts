import { expect, test } from 'vitest'
import { dueState } from '../src/freshness'

const now = new Date('2026-12-02T09:00:00.000Z')

test('a date before today is overdue; today and the next 30 days are due soon; later is not due', () => {
  expect(dueState('2026-12-01T12:00:00.000Z', now)).toBe('overdue')
  expect(dueState('2026-12-02T12:00:00.000Z', now)).toBe('dueSoon')
  expect(dueState('2027-01-01T12:00:00.000Z', now)).toBe('dueSoon')
  expect(dueState('2027-01-02T12:00:00.000Z', now)).toBeUndefined()
})

test('no date, or one that is not a date, is never due', () => {
  expect(dueState(null, now)).toBeUndefined()
  expect(dueState('next spring', now)).toBeUndefined()
})
