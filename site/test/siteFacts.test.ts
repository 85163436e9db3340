import type { ActionPlanTarget } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { describe, expect, test } from 'vitest'
import { builtLegalIds } from '../src/lib/legalPages'
import { type FactsContent, siteFacts } from '../src/lib/siteFacts'

/** What the accessibility statement may say about a site is what the site is. */
const at = <Doc>(locale: LocaleCode, doc: Doc) => ({ locale, doc })
const charted = {
  id: 9,
  plan: 1,
  baseline: { value: 1000, date: '2019-12-31T00:00:00.000Z' },
  target: { kind: 'absolute', value: 1100, deadline: '2023-12-31T00:00:00.000Z' },
  measurements: [],
} as unknown as ActionPlanTarget
const unmeasured = { ...charted, baseline: {}, target: { kind: 'not-set' } } as unknown as ActionPlanTarget

function content(changes: Partial<FactsContent> = {}): FactsContent {
  return { networks: [], partners: [], plans: [], targets: [], pages: [at('vi', { id: 1 })], ...changes }
}

describe('one organisation’s site in Vietnamese only', () => {
  test('has one language, no right-to-left pages, no charts and nothing untranslated', () => {
    expect(siteFacts(content())).toEqual({ locales: ['vi'], rightToLeft: [], targetCharts: false, untranslated: false })
  })
})

test('right-to-left languages and missing translations are the site’s own', () => {
  const facts = siteFacts(content({ pages: [at('fi', { id: 1 }), at('ar', { id: 1 }), at('ar', { id: 2 })] }))
  expect(facts).toMatchObject({ locales: ['fi', 'ar'], rightToLeft: ['ar'], untranslated: true })
})

test('target charts count only where a plan page shows them', () => {
  const plans = [at('fi', { id: 1 })]
  expect(siteFacts(content({ plans, targets: [at('fi', charted)] })).targetCharts).toBe(true)
  expect(siteFacts(content({ plans, targets: [at('fi', unmeasured)] })).targetCharts).toBe(false)
  expect(siteFacts(content({ plans: [at('sv', { id: 1 })], targets: [at('fi', charted)] })).targetCharts).toBe(false)
})

test('statements are built in the site’s languages, and in English where a site language has none of its own', () => {
  const ids = ['en/accessibility', 'fi/accessibility', 'sv/accessibility', 'en/privacy', 'fi/privacy']
  expect(builtLegalIds(ids, ['fi'])).toEqual(['fi/accessibility', 'fi/privacy'])
  expect(builtLegalIds(ids, ['fi', 'sv'])).toEqual(['fi/accessibility', 'sv/accessibility', 'en/privacy', 'fi/privacy'])
  expect(builtLegalIds(ids, ['vi'])).toEqual(['en/accessibility', 'en/privacy'])
})
