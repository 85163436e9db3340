import { getCollection } from 'astro:content'
import type {
  ActionPlan,
  ActionPlanTarget,
  InternationalPartner,
  Page,
  PublishedCollectionSlug,
  Redirect,
  RegionalNetwork,
  SiteSettings,
} from '@union/content-schemas'
import { collectionSlugs } from '@union/shared/collections'
import type { LocaleCode } from '@union/shared/locales'
import { type Localized, localesWithContent } from '../lib/localized'
import { keptInProcess, readBuiltContent } from '../loader/buildState'
import type { ValidatedContent } from '../loader/validateContent'

export { type Localized, translatedIn } from '../lib/localized'

/**
 * Typed access to the CMS collections. The loader validated every document with its content schema
 * and wrote the result to a file (src/loader/cmsLoader.ts); it is read once per build and the same
 * arrays are returned to every page, so the casts here restate types already checked, not hopes.
 */
let content: Promise<ValidatedContent> | undefined

function builtContent(): Promise<ValidatedContent> {
  content ??= getCollection('cms').then(async (entries) => {
    const folder = entries[0]?.data.folder as string | undefined
    const read = folder ? (keptInProcess(folder) ?? (await readBuiltContent(folder))) : undefined
    if (!read)
      throw new Error(`The CMS content was not loaded (${folder ?? 'no "cms" entry'}); the loader writes it first`)
    return read
  })
  return content
}

function entries<Doc>(collection: PublishedCollectionSlug): Promise<Localized<Doc>[]> {
  return builtContent().then((loaded) => loaded.collections[collection] as Localized<Doc>[])
}

export const networkEntries = () => entries<RegionalNetwork>(collectionSlugs.regionalNetworks)
export const partnerEntries = () => entries<InternationalPartner>(collectionSlugs.internationalPartners)
export const actionPlanEntries = () => entries<ActionPlan>(collectionSlugs.actionPlans)
export const targetEntries = () => entries<ActionPlanTarget>(collectionSlugs.actionPlanTargets)
export const pageEntries = () => entries<Page>(collectionSlugs.pages)

/** The CMS's redirects; src/queries/redirects.ts adds the site's own. */
export const redirectEntries = (): Promise<Redirect[]> => builtContent().then((loaded) => loaded.redirects)

let locales: Promise<LocaleCode[]> | undefined

/**
 * The locales that get a site: those with at least one translated document, in the configured
 * order, and of those only the languages the site settings list, when they list any.
 */
export function siteLocales(): Promise<LocaleCode[]> {
  locales ??= Promise.all([
    networkEntries(),
    partnerEntries(),
    actionPlanEntries(),
    targetEntries(),
    pageEntries(),
    siteSettingsByLocale(),
  ]).then(([networks, partners, plans, targets, pages, settings]) => {
    const withContent = localesWithContent([...networks, ...partners, ...plans, ...targets, ...pages])
    const chosen = Object.values(settings).find((each) => each?.languages?.length)?.languages
    return chosen ? withContent.filter((locale) => chosen.includes(locale)) : withContent
  })
  return locales
}

/** The site settings as written in each locale, keyed by locale code. */
export async function siteSettingsByLocale(): Promise<Partial<Record<LocaleCode, SiteSettings>>> {
  return (await builtContent()).siteSettings
}

export async function siteSettingsIn(locale: LocaleCode): Promise<SiteSettings | undefined> {
  return (await siteSettingsByLocale())[locale]
}
