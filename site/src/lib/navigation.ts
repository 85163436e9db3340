import type { NavigationEntry, Page, SiteSettings } from '@union/content-schemas'
import { defaultLocale, type LocaleCode } from '@union/shared/locales'
import { relationId } from './relations'

/**
 * Whether the site settings were written in `locale`. The global has no translatedLocales, and a
 * locale never written returns the default locale's menu rows; rows have ids per locale, so the
 * same ids as the default locale's mean fallback, which would show another language's menu.
 */
export function settingsWrittenIn(locale: LocaleCode, settings: Partial<Record<LocaleCode, SiteSettings>>): boolean {
  if (locale === defaultLocale) return true
  const own = settings[locale]?.navigation ?? []
  const fallbackIds = new Set((settings[defaultLocale]?.navigation ?? []).map((entry) => entry.id))
  return own.length > 0 && own.some((entry) => !fallbackIds.has(entry.id))
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
