import { defaultLocale, locales } from '@union/shared/locales'
import type { LocalizationConfig } from 'payload'

/** Payload's locales come from the shared list; the admin shows native names and Arabic right-to-left. */
export const localization: LocalizationConfig = {
  locales: locales.map((locale) => ({ code: locale.code, label: locale.nativeName, rtl: locale.dir === 'rtl' })),
  defaultLocale,
  fallback: true,
}
