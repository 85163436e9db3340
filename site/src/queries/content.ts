import { getCollection } from 'astro:content'
import type {
  ActionPlan,
  ActionPlanTarget,
  InternationalPartner,
  Page,
  RegionalNetwork,
  SiteSettings,
} from '@union/content-schemas'
import { type LocaleCode, localeCodes } from '@union/shared/locales'

/**
 * Typed access to the CMS collections. The loader validated every entry with its content schema
 * before storing it, so the casts here restate types already checked, not hopes.
 */
export type Localized<Doc> = { locale: LocaleCode; doc: Doc }
type CmsCollection = 'regionalNetworks' | 'internationalPartners' | 'actionPlans' | 'actionPlanTargets' | 'pages'

async function entries<Doc>(collection: CmsCollection): Promise<Localized<Doc>[]> {
  return (await getCollection(collection)).map((entry) => entry.data as Localized<Doc>)
}

export const networkEntries = () => entries<RegionalNetwork>('regionalNetworks')
export const partnerEntries = () => entries<InternationalPartner>('internationalPartners')
export const actionPlanEntries = () => entries<ActionPlan>('actionPlans')
export const targetEntries = () => entries<ActionPlanTarget>('actionPlanTargets')
export const pageEntries = () => entries<Page>('pages')

/** The documents translated into `locale`. */
export function translatedIn<Doc>(all: Localized<Doc>[], locale: LocaleCode): Doc[] {
  return all.filter((entry) => entry.locale === locale).map((entry) => entry.doc)
}

/** The locales that get a site: those with at least one translated document, in the configured order. */
export async function siteLocales(): Promise<LocaleCode[]> {
  const all = (
    await Promise.all([networkEntries(), partnerEntries(), actionPlanEntries(), targetEntries(), pageEntries()])
  ).flat()
  const present = new Set(all.map((entry) => entry.locale))
  return localeCodes.filter((code) => present.has(code))
}

export async function siteSettingsIn(locale: LocaleCode): Promise<SiteSettings | undefined> {
  const entry = (await getCollection('siteSettings')).find((candidate) => candidate.id === locale)
  return entry?.data.doc as SiteSettings | undefined
}
