import { getLocale, isLocaleCode, type LocaleCode, localeCodes } from '@union/shared/locales'
import type { BuiltSite } from './builtSite'
import { pageBaseUrl, resolveInternalUrl } from './internalUrl'
import type { HreflangAlternate } from './pageFacts'
import type { Problem } from './problem'
import { decodePathname, fileForUrlPath } from './sitePaths'

/**
 * `<html lang>` is a configured locale (the page's locale folder's, when it is in one), `dir` is that
 * locale's direction, and every hreflang alternate names a configured locale (or x-default) and
 * points to a built page in that language. Pages outside a locale folder (the root language
 * chooser, 404.html) may use any configured locale, the default one included.
 */
export function checkPageLanguage(site: BuiltSite, siteOrigin: string): Problem[] {
  return site.contentPages().flatMap((page) => {
    const base = pageBaseUrl(page, site.facts(page).baseHref, siteOrigin)
    const messages = [
      ...htmlLangProblems(site, page),
      ...site
        .facts(page)
        .hreflangAlternates.flatMap((alternate) => alternateProblems(site, alternate, base, siteOrigin)),
    ]
    return messages.map((message) => ({ page, check: 'lang' as const, message }))
  })
}

function htmlLangProblems(site: BuiltSite, page: string): string[] {
  const { lang, dir } = site.facts(page)
  const folder = localeFolder(page)
  const problems: string[] = []
  if (lang === undefined) problems.push(`<html> has no lang attribute; expected ${expectedLang(folder)}`)
  else if (!isLocaleCode(lang))
    problems.push(`<html lang="${lang}"> is not a configured locale; expected ${expectedLang(folder)}`)
  else if (folder && lang !== folder)
    problems.push(`<html lang="${lang}"> on a page under /${folder}/; expected lang="${folder}"`)

  const locale = folder ?? (isLocaleCode(lang) ? lang : undefined)
  if (locale === undefined) return problems
  const wantedDir = getLocale(locale).dir
  if (dir !== wantedDir) {
    const found = dir === undefined ? '<html> has no dir attribute' : `<html dir="${dir}">`
    problems.push(`${found}; locale "${locale}" is written ${wantedDir}, expected dir="${wantedDir}"`)
  }
  return problems
}

function alternateProblems(site: BuiltSite, alternate: HreflangAlternate, base: URL, siteOrigin: string): string[] {
  const { hreflang, href, line } = alternate
  const written = `${line}: <link rel="alternate" hreflang="${hreflang}" href="${href}">`
  const problems: string[] = []
  const namesLocale = isLocaleCode(hreflang)
  if (hreflang !== 'x-default' && !namesLocale) {
    problems.push(`${written} names no configured locale; use one of ${localeCodes.join(', ')} or x-default`)
  }
  const target = resolveInternalUrl(href, base, siteOrigin)
  // An alternate on another origin can't be checked here; a malformed href is the links check's to report.
  if (target === 'external' || target === 'invalid') return problems
  const pathname = decodePathname(target.pathname)
  const file = fileForUrlPath(site.files, pathname)
  if (!file?.endsWith('.html')) return [...problems, `${written} points to ${pathname}, which is not a built page`]
  const targetFacts = site.facts(file)
  if (targetFacts.isRedirectStub) return [...problems, `${written} points to ${file}, which only redirects elsewhere`]
  if (namesLocale && targetFacts.lang !== hreflang) {
    const targetLang = targetFacts.lang === undefined ? 'missing' : `"${targetFacts.lang}"`
    problems.push(`${written} points to ${file}, whose <html lang> is ${targetLang}`)
  }
  return problems
}

/** The locale a page's first folder names (`ar/news/index.html` → "ar"), if any. */
function localeFolder(page: string): LocaleCode | undefined {
  const [first, ...rest] = page.split('/')
  return rest.length > 0 && isLocaleCode(first) ? first : undefined
}

function expectedLang(folder: LocaleCode | undefined): string {
  return folder ? `lang="${folder}"` : `one of ${localeCodes.join(', ')}`
}
