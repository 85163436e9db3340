/**
 * The one list of content locales, used by the CMS (Payload localization) and the site (routes,
 * `lang`/`dir`, hreflang). Adding a language is one line here.
 */
export const locales = [
  { code: 'fi', nativeName: 'Suomi', dir: 'ltr' },
  { code: 'sv', nativeName: 'Svenska', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'et', nativeName: 'Eesti', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'th', nativeName: 'ไทย', dir: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr' },
] as const satisfies readonly { code: string; nativeName: string; dir: 'ltr' | 'rtl' }[]

export type Locale = (typeof locales)[number]
export type LocaleCode = Locale['code']

export const defaultLocale: LocaleCode = 'fi'

export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((candidate) => candidate.code === code)
  if (!locale) throw new Error(`Unknown locale "${code}"; configured locales: ${localeCodes.join(', ')}`)
  return locale
}
