import { locales } from '@union/shared/locales'
import type { SelectField } from 'payload'

/**
 * The locales whose translation of this document is complete. Not localized on purpose: a
 * localized flag would itself fall back to the default locale and claim a translation exists.
 * The site shows a locale as a translation only when it is listed here.
 */
export const translatedLocalesField: SelectField = {
  name: 'translatedLocales',
  type: 'select',
  hasMany: true,
  label: 'Complete translations',
  options: locales.map((locale) => ({ label: locale.nativeName, value: locale.code })),
  defaultValue: [],
  admin: {
    position: 'sidebar',
    description:
      'Tick each language whose texts are fully translated. Other languages show the default language as a fallback.',
  },
}
