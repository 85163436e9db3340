import { localeCodes } from '@union/shared/locales'
import { describe, expect, test } from 'vitest'
import { en } from '../src/i18n/en'
import { localeStrings, t } from '../src/i18n/index'
import { resolveStrings } from '../src/i18n/localeStrings'

const englishKeys = Object.keys(en).sort()

describe.each(Object.entries(localeStrings))('UI strings in %s', (_locale, { translated, englishFallback }) => {
  test('every key is either translated or named as an English fallback', () => {
    expect([...Object.keys(translated), ...englishFallback].sort()).toEqual(englishKeys)
  })

  test('no key is both translated and listed as a fallback', () => {
    expect(englishFallback.filter((key) => key in translated)).toEqual([])
  })

  test('translations keep the placeholders of the English string', () => {
    for (const [key, value] of Object.entries(translated)) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
      expect(placeholders(value as string), key).toEqual(placeholders(en[key as keyof typeof en]))
    }
  })
})

test('every configured locale has a strings file', () => {
  expect(['en', ...Object.keys(localeStrings)].sort()).toEqual([...localeCodes].sort())
})

test('placeholders are filled in', () => {
  expect(t('fi', 'searchResults', { count: 3, query: 'KaMuT' })).toBe('3 tulosta haulla ”KaMuT”.')
  expect(t('ru', 'searchResults', { count: 3, query: 'KaMuT' })).toBe('Найдено по запросу «KaMuT»: 3.')
})

test('a partial locale shows the keys it names as fallbacks in English', () => {
  const { translated } = localeStrings.so
  const { notFoundTitle: _, ...partial } = translated
  const strings = resolveStrings({ translated: partial, englishFallback: ['notFoundTitle'] })
  expect(strings.notFoundTitle).toBe(en.notFoundTitle)
  expect(strings.home).toBe(translated.home)
})
