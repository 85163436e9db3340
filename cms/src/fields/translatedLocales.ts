import { locales } from '@union/shared/locales'
import type { SelectField } from 'payload'

/**
 * The locales whose translation of this document is complete. Not localized on purpose: a
 * localized flag would itself fall back to the default locale and claim a translation exists.
 * The site shows a locale as a translation only when it is listed here.
 */
export const translatedLocalesField: SelectField = {
  name: 'translatedLocales',
  label: { fi: 'Valmiit käännökset', sv: 'Färdiga översättningar', en: 'Complete translations' },
  type: 'select',
  hasMany: true,
  options: locales.map((locale) => ({
    label: { fi: locale.nativeName, sv: locale.nativeName, en: locale.nativeName },
    value: locale.code,
  })),
  defaultValue: [],
  admin: {
    position: 'sidebar',
    description: {
      fi: 'Valitse kielet, joille tekstit on käännetty kokonaan. Muilla kielillä näytetään oletuskielen teksti.',
      sv: 'Markera varje språk vars texter är helt översatta. Andra språk visar standardspråket i stället.',
      en: 'Tick each language whose texts are fully translated. Other languages show the default language as a fallback.',
    },
  },
}
