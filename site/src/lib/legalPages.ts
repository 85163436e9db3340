import type { LocaleCode } from '@union/shared/locales'

/** The English version stands in for a language that has no version of its own (the footer links to it). */
export const legalFallbackLocale: LocaleCode = 'en'

/**
 * Which MDX pages (ids "<locale>/<name>") the site builds: those in the site's languages, and the
 * English one of a page some site language lacks. A page in a language the site does not have
 * would speak about the site in a language it is not in.
 */
export function builtLegalIds(ids: string[], siteLocales: LocaleCode[]): string[] {
  const has = new Set(ids)
  return ids.filter((id) => {
    const [locale, name] = id.split('/') as [LocaleCode, string]
    if (siteLocales.includes(locale)) return true
    return locale === legalFallbackLocale && siteLocales.some((code) => !has.has(`${code}/${name}`))
  })
}
