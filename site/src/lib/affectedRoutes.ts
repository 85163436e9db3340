import type {
  ActionPlan,
  ActionPlanTarget,
  Page,
  PageBlock,
  Redirect,
  RegionalNetwork,
  SiteSettings,
} from '@union/content-schemas'
import { collectionSlugs } from '@union/shared/collections'
import type { LocaleCode } from '@union/shared/locales'
import type { AffectedRoutes } from '@union/shared/messages/affectedRoutes'
import { type Localized, localesWithContent } from './localized'
import { contentMenu } from './navigation'
import { contentRoutes, siteRedirects } from './redirects'
import { relationId } from './relations'
import { pageKey, pagePaths, routes } from './routes'
import { siteFacts } from './siteFacts'

/**
 * Which public pages a change of content affects: the one place that knows what shows what.
 * An incremental build renders these and reuses every other page of the previous build.
 */
export type SiteContent = {
  networks: Localized<RegionalNetwork>[]
  partners: Localized<{ id: number }>[]
  plans: Localized<ActionPlan>[]
  targets: Localized<ActionPlanTarget>[]
  pages: Localized<Page>[]
  settingsByLocale: Partial<Record<LocaleCode, SiteSettings>>
  redirects: Redirect[]
}

/** A document that was published, unpublished, edited or deleted, by collection slug and id. */
export type { AffectedRoutes }

export type ChangedDocument = { collection: string; id: number }

export function affectedRoutes(before: SiteContent, after: SiteContent, changes: ChangedDocument[]): AffectedRoutes {
  const locales = localesWithContent(everyEntry(after))
  const localesBefore = localesWithContent(everyEntry(before))
  if (locales.join() !== localesBefore.join()) {
    return { everything: true, reason: `the site's languages changed (${localesBefore} → ${locales})` }
  }
  if (JSON.stringify(before.settingsByLocale) !== JSON.stringify(after.settingsByLocale)) {
    return { everything: true, reason: 'the site settings changed' }
  }
  // Rare, and the MDX pages that state them are not documents this function knows the routes of.
  if (JSON.stringify(siteFacts(before)) !== JSON.stringify(siteFacts(after))) {
    return { everything: true, reason: 'what the site says about itself changed (target charts or translations)' }
  }
  for (const locale of locales) {
    if (JSON.stringify(contentMenu(locale, before)) !== JSON.stringify(contentMenu(locale, after))) {
      return { everything: true, reason: `the main menu changed in "${locale}" (it is on every page)` }
    }
  }
  const unknown = changes.find((change) => !showsDocument[change.collection])
  if (unknown) return { everything: true, reason: `a change in "${unknown.collection}", which pages embed` }

  const oldRoutes = new Set<string>()
  const render = new Set<string>()
  for (const change of changes) {
    for (const route of documentRoutes(before, change)) oldRoutes.add(route)
    for (const route of documentRoutes(after, change)) render.add(route)
    for (const route of showsDocument[change.collection]?.(before, after, change, locales) ?? []) render.add(route)
  }
  // Pages below a page whose slug or parent changed move with it.
  if (changes.some((change) => change.collection === collectionSlugs.pages)) {
    const pathsBefore = pagePaths(before.pages)
    const pathsAfter = pagePaths(after.pages)
    for (const [key, path] of pathsAfter) {
      if (pathsBefore.get(key) === path) continue
      render.add(path)
      const old = pathsBefore.get(key)
      if (old) oldRoutes.add(old)
    }
  }
  const existing = allDocumentRoutes(after)
  const redirects = changedRedirects(before, after, locales)
  for (const route of redirects.gone) oldRoutes.add(route)
  return {
    everything: false,
    render: [
      ...[...render].filter((route) => existing.has(route) || isListRoute(route, locales)),
      ...redirects.changed,
    ].sort(),
    remove: [...oldRoutes].filter((route) => !existing.has(route)).sort(),
  }
}

/**
 * The pages at old addresses (src/pages/[locale]/[...moved]/) to render, new or leading elsewhere
 * now, and those to remove, of redirects that are gone.
 */
function changedRedirects(before: SiteContent, after: SiteContent, locales: LocaleCode[]) {
  const targets = (content: SiteContent) =>
    new Map(siteRedirects(content.redirects, contentRoutes(content, locales)).map(({ from, to }) => [from, to]))
  const was = targets(before)
  const now = targets(after)
  return {
    changed: [...now].filter(([from, to]) => was.get(from) !== to).map(([from]) => from),
    gone: [...was.keys()].filter((from) => !now.has(from)),
  }
}

/** Every page a document has, in every locale it is translated into. */
function documentRoutes(content: SiteContent, { collection, id }: ChangedDocument): string[] {
  const versions = <Doc extends { id: number }>(entries: Localized<Doc>[]) => entries.filter(({ doc }) => doc.id === id)
  switch (collection) {
    case collectionSlugs.regionalNetworks:
      return versions(content.networks).map(({ locale, doc }) => routes.network(locale, doc))
    case collectionSlugs.actionPlans:
      return versions(content.plans).map(({ locale, doc }) => routes.actionPlan(locale, doc))
    case collectionSlugs.pages: {
      const paths = pagePaths(content.pages)
      return versions(content.pages).map(({ locale, doc }) => paths.get(pageKey(locale, doc.id))!)
    }
    default:
      return []
  }
}

function allDocumentRoutes(content: SiteContent): Set<string> {
  const paths = pagePaths(content.pages)
  return new Set([
    ...content.networks.map(({ locale, doc }) => routes.network(locale, doc)),
    ...content.plans.map(({ locale, doc }) => routes.actionPlan(locale, doc)),
    ...paths.values(),
  ])
}

function isListRoute(route: string, locales: LocaleCode[]): boolean {
  return locales.some((locale) =>
    [routes.home, routes.networks, routes.partners].some((list) => list(locale) === route),
  )
}

type ShowsDocument = (
  before: SiteContent,
  after: SiteContent,
  change: ChangedDocument,
  locales: LocaleCode[],
) => string[]

/**
 * For each collection, the pages other than the document's own that show it: directories list
 * every locale's documents (translated ones, then "in other languages"), home pages list the
 * top-level pages and the action plans, and a content page with a collectionList block lists
 * the documents of its source collection.
 */
const showsDocument: Record<string, ShowsDocument> = {
  [collectionSlugs.regionalNetworks]: (_before, after, _change, locales) => [
    ...locales.map(routes.networks),
    ...pagesListing(after, collectionSlugs.regionalNetworks),
  ],
  [collectionSlugs.internationalPartners]: (_before, after, _change, locales) => [
    ...locales.map(routes.partners),
    ...pagesListing(after, collectionSlugs.internationalPartners),
  ],
  [collectionSlugs.actionPlans]: (_before, after, _change, locales) => [
    ...locales.map(routes.home),
    ...pagesListing(after, collectionSlugs.actionPlanTargets),
  ],
  [collectionSlugs.actionPlanTargets]: (before, after, { id }) => {
    const planIds = new Set(
      [...before.targets, ...after.targets].filter(({ doc }) => doc.id === id).map(({ doc }) => relationId(doc.plan)),
    )
    return [
      ...after.plans.filter(({ doc }) => planIds.has(doc.id)).map(({ locale, doc }) => routes.actionPlan(locale, doc)),
      ...pagesListing(after, collectionSlugs.actionPlanTargets),
    ]
  },
  [collectionSlugs.pages]: (before, after, { id }, locales) => {
    const paths = pagePaths(after.pages)
    const linking = after.pages.filter(({ doc }) =>
      (doc.layout ?? []).some((block) => block.blockType === 'callToAction' && relationId(block.page) === id),
    )
    const wasLinking = before.pages.filter(({ doc }) =>
      (doc.layout ?? []).some((block) => block.blockType === 'callToAction' && relationId(block.page) === id),
    )
    return [
      ...locales.map(routes.home),
      ...[...linking, ...wasLinking].flatMap(({ locale, doc }) => paths.get(pageKey(locale, doc.id)) ?? []),
    ]
  },
}

/** The content pages (every locale) with a collectionList block of `source`. */
function pagesListing(content: SiteContent, source: string): string[] {
  const paths = pagePaths(content.pages)
  const lists = (block: PageBlock) => block.blockType === 'collectionList' && block.source === source
  return content.pages
    .filter(({ doc }) => (doc.layout ?? []).some(lists))
    .map(({ locale, doc }) => paths.get(pageKey(locale, doc.id))!)
}

function everyEntry(content: SiteContent): Localized<unknown>[] {
  return [...content.networks, ...content.partners, ...content.plans, ...content.targets, ...content.pages]
}
