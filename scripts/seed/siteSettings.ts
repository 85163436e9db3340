import type { LocaleCode } from '@union/shared/locales'
import { type SeedContext, seedRequestContext } from './documents'
import type { SeededPage } from './pages'

/**
 * The site-settings global: the organisation, a menu per language linking to the pages that exist
 * in it, and the join link. Written only when the organisation was never named, so a re-run never
 * overwrites what editors have set since.
 */

/** "JHL" is the union's name in every language, like an acronym. */
const organisation = { name: 'JHL', shortName: 'JHL', website: 'https://www.jhl.fi' }

/** The join call of source 000 exists in English only ("Join us and become a member!"). */
const joinLinks: Partial<Record<LocaleCode, { label: string; url: string }>> = {
  en: { label: 'Become a member', url: 'https://www.jhl.fi' },
}

export async function seedSiteSettings(ctx: SeedContext, pages: SeededPage[]): Promise<void> {
  const current = await ctx.payload.findGlobal({
    slug: 'site-settings',
    locale: 'fi',
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    context: seedRequestContext,
  })
  if (current.organisation?.name) {
    ctx.report['site-settings'].existing += 1
    ctx.log('[seed] site-settings: already set, left as it is')
    return
  }
  // Finnish first: it is the default locale, the one a never-set global is recognised by.
  const locales = [...new Set<LocaleCode>(['fi', ...pages.flatMap((page) => page.titles.map(([locale]) => locale))])]
  for (const locale of locales) {
    const navigation = pages.flatMap((page) =>
      page.titles.filter(([l]) => l === locale).map(([, label]) => ({ label, page: page.id })),
    )
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      context: seedRequestContext,
      data: {
        // The organisation's name is required in every language a menu is saved in.
        organisation: locale === 'fi' ? organisation : { name: organisation.name },
        navigation,
        ...(joinLinks[locale] ? { joinLink: joinLinks[locale] } : {}),
        translatedLocales: locales,
        _status: 'published',
      } as never,
    })
  }
  ctx.report['site-settings'].created += 1
  ctx.log(`[seed] site-settings: set (${locales.join(', ')})`)
}
