import type { LocaleCode } from '@union/shared/locales'
import { type Fact, isHeadingPhrasing, matchWording, type Phrasing } from './fact'
import type { PageText } from './pageText'

export { type ColonEnding, checkColonEndings } from './colonEndings'
export type { Fact, Phrasing, WithheldFact, Wording } from './fact'
export { type BuiltPage, type PageText, readSiteText } from './pageText'
export { checkSiteClaims, type FalseClaim, siteClaims } from './siteClaims'

export type FactStatus = 'found' | 'missing' | 'contradicted'

export type FactResult = {
  fact: string
  status: FactStatus
  /** Per locale the fact must be in: the pages that say it (empty: missing in that locale). */
  pages: Partial<Record<LocaleCode, string[]>>
  missingIn: LocaleCode[]
  /** Pages that say something the source does not, with what they say. */
  contradictions: { page: string; text: string }[]
}

/**
 * Looks for each fact in the pages of its locales and for its contradictions on every page, and
 * says per fact: found, missing (in which locales) or contradicted (where, and by what text).
 */
export function checkFacts(site: readonly PageText[], facts: readonly Fact[]): FactResult[] {
  return facts.map((fact) => {
    const pages: Partial<Record<LocaleCode, string[]>> = {}
    for (const [locale, phrasings] of Object.entries(fact.says) as [LocaleCode, readonly Phrasing[]][]) {
      const inLocale = site.filter((page) => page.locale === locale)
      pages[locale] = inLocale.filter((page) => saysAny(page, phrasings, fact.subject)).map((page) => page.path)
    }
    const missingIn = (Object.keys(pages) as LocaleCode[]).filter((locale) => pages[locale]?.length === 0)
    const contradictions = site.flatMap((page) =>
      (fact.contradictions ?? []).flatMap((phrasing) => {
        const text = matchAboutSubject(page, phrasing, fact.subject)
        return text === undefined ? [] : [{ page: page.path, text }]
      }),
    )
    const status: FactStatus = contradictions.length > 0 ? 'contradicted' : missingIn.length > 0 ? 'missing' : 'found'
    return { fact: fact.name, status, pages, missingIn, contradictions }
  })
}

function saysAny(page: PageText, phrasings: readonly Phrasing[], subject: RegExp | undefined): boolean {
  return phrasings.some((phrasing) => matchAboutSubject(page, phrasing, subject) !== undefined)
}

/** The text `phrasing` matched on `page`, if it matched on the subject's own page or in blocks naming the subject. */
function matchAboutSubject(page: PageText, phrasing: Phrasing, subject: RegExp | undefined): string | undefined {
  const onSubjectsPage = subject === undefined || matchWording(page.heading, subject) !== undefined
  if (isHeadingPhrasing(phrasing)) return onSubjectsPage ? matchWording(page.heading, phrasing.heading) : undefined
  if (onSubjectsPage) return matchWording(page.text, phrasing)
  return matchWording(page.text, phrasing, ({ blocks }) => matchWording(blocks, subject) !== undefined)
}

/** One line per fact that is not found: what the fix has to do, with the pages involved. */
export function describeFailedFacts(results: readonly FactResult[]): string[] {
  return results.flatMap((result) => {
    if (result.status === 'found') return []
    if (result.status === 'missing') {
      const foundIn = Object.entries(result.pages)
        .filter(([, pages]) => pages.length > 0)
        .map(([locale, pages]) => `${locale}: ${pages.join(', ')}`)
      const also = foundIn.length > 0 ? ` (found in ${foundIn.join('; ')})` : ''
      return [`missing in ${result.missingIn.join(', ')}: ${result.fact}${also}`]
    }
    const where = result.contradictions.map(({ page, text }) => `${page} says "${text.replace(/\n/g, ' | ')}"`)
    const missing = result.missingIn.length > 0 ? ` (and missing in ${result.missingIn.join(', ')})` : ''
    return [`contradicted: ${result.fact}: ${where.join('; ')}${missing}`]
  })
}
