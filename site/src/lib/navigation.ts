import type { ActionPlan, NavigationEntry, Page, SiteSettings } from '@union/content-schemas'
import { defaultLocale, type LocaleCode } from '@union/shared/locales'
import { type Localized, translatedIn } from './localized'
import { relationId } from './relations'
import { pageKey, pagePaths, routes } from './routes'

/**
 * Whether the site settings were written in `locale` (editors tick it); otherwise the fields are the
 * default locale's fallback. (`translatedLocales` is not localized: every locale's copy lists the same.)
 */
export function settingsWrittenIn(locale: LocaleCode, settings: Partial<Record<LocaleCode, SiteSettings>>): boolean {
  if (locale === defaultLocale) return true
  const written = Object.values(settings).find((each) => each !== undefined)?.translatedLocales
  return Boolean(written?.includes(locale))
}

/** The directories a site has: an organisation without regional networks (or partners) has no page listing them. */
export type Directories = { networks: boolean; partners: boolean }

export function siteDirectories(content: { networks: unknown[]; partners: unknown[] }): Directories {
  return { networks: content.networks.length > 0, partners: content.partners.length > 0 }
}

export type MenuLink = { label: string; href: string }

/** The CMS menu entries that lead somewhere in this locale: outside URLs, and pages translated into it. */
export function menuLinks(entries: NavigationEntry[], pathOfPage: (id: number) => string | undefined): MenuLink[] {
  return entries.flatMap((entry) => {
    const pageId = relationId(entry.page ?? undefined)
    const href = pageId !== undefined ? pathOfPage(pageId) : (entry.url ?? undefined)
    return href ? [{ label: entry.label, href }] : []
  })
}

/** Top-level pages, the menu of a locale whose settings were not written in it. */
export function topLevelPages(pages: Page[]): Page[] {
  return pages.filter((page) => relationId(page.parent ?? undefined) === undefined)
}

/** What the main menu of a locale shows from the CMS; it is on every page, so a change to it changes them all. */
export type ContentMenu = { pageLinks: MenuLink[]; directories: Directories; planLinks: MenuLink[] }

export function contentMenu(
  locale: LocaleCode,
  content: {
    pages: Localized<Page>[]
    plans: Localized<ActionPlan>[]
    networks: unknown[]
    partners: unknown[]
    settingsByLocale: Partial<Record<LocaleCode, SiteSettings>>
  },
): ContentMenu {
  const paths = pagePaths(content.pages)
  const pathOfPage = (id: number) => paths.get(pageKey(locale, id))
  const pageLinks = settingsWrittenIn(locale, content.settingsByLocale)
    ? menuLinks(content.settingsByLocale[locale]?.navigation ?? [], pathOfPage)
    : topLevelPages(translatedIn(content.pages, locale)).map((page) => ({
        label: page.title,
        href: pathOfPage(page.id)!,
      }))
  const planLinks = translatedIn(content.plans, locale).map((plan) => ({
    label: plan.title,
    href: routes.actionPlan(locale, plan),
  }))
  return { pageLinks, directories: siteDirectories(content), planLinks }
}
