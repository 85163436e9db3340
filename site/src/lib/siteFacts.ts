import type { ActionPlan, ActionPlanTarget } from '@union/content-schemas'
import { getLocale, type LocaleCode } from '@union/shared/locales'
import { type Localized, localesWithContent } from './localized'
import { relationId } from './relations'
import { targetChartData } from './targetChart'

/**
 * What the site is, as built: the statements the site makes about itself (the accessibility
 * statement) are derived from these, never written as fixed text. One organisation's site may have
 * a single language, no right-to-left pages and no targets.
 */
export type SiteFacts = {
  /** The languages the site has pages in, in the configured order. */
  locales: LocaleCode[]
  rightToLeft: LocaleCode[]
  /** Some action-plan page draws a target as a chart (its table beside it). */
  targetCharts: boolean
  /** Some document is missing in some of the site's languages. */
  untranslated: boolean
}

export type FactsContent = {
  networks: Localized<{ id: number }>[]
  partners: Localized<{ id: number }>[]
  plans: Localized<Pick<ActionPlan, 'id'>>[]
  targets: Localized<ActionPlanTarget>[]
  pages: Localized<{ id: number }>[]
}

export function siteFacts(content: FactsContent): SiteFacts {
  const collections = [content.networks, content.partners, content.plans, content.targets, content.pages]
  const locales = localesWithContent(collections.flat())
  const plans = new Set(content.plans.map(({ locale, doc }) => `${locale}/${doc.id}`))
  const targetCharts = content.targets.some(
    ({ locale, doc }) => plans.has(`${locale}/${relationId(doc.plan)}`) && targetChartData(doc) !== undefined,
  )
  const untranslated = collections.some((entries) => {
    const localesById = new Map<number, Set<LocaleCode>>()
    for (const { locale, doc } of entries) localesById.set(doc.id, (localesById.get(doc.id) ?? new Set()).add(locale))
    return [...localesById.values()].some((has) => locales.some((locale) => !has.has(locale)))
  })
  return {
    locales,
    rightToLeft: locales.filter((code) => getLocale(code).dir === 'rtl'),
    targetCharts,
    untranslated,
  }
}
