import { expect, test } from 'vitest'
import { coverageCounts, coverageState } from '../src/coverage'

test('translated where listed, falling back where only the default locale is, missing otherwise', () => {
  expect(coverageState(['fi', 'sv'], 'sv')).toBe('translated')
  expect(coverageState(['fi'], 'sv')).toBe('fallingBack')
  expect(coverageState(['en'], 'sv')).toBe('missing')
  expect(coverageState([], 'fi')).toBe('missing')
})

test('counts every document once per locale', () => {
  expect(coverageCounts([['fi', 'sv'], ['fi'], ['en']], ['fi', 'sv'])).toEqual({
    fi: { translated: 2, fallingBack: 0, missing: 1 },
    sv: { translated: 1, fallingBack: 1, missing: 1 },
  })
})
