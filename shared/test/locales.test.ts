import { expect, test } from 'vitest'
import { defaultLocale, getLocale, localeCodes, locales } from '../src/locales'

test('the configured locales, Finnish first as default, Arabic right-to-left', () => {
  expect(localeCodes).toEqual(['fi', 'sv', 'en', 'et', 'ru', 'so', 'ar', 'th', 'vi'])
  expect(defaultLocale).toBe('fi')
  expect(locales.filter((locale) => locale.dir === 'rtl').map((locale) => locale.code)).toEqual(['ar'])
  expect(() => getLocale('xx' as never)).toThrow(/Unknown locale "xx"/)
})
