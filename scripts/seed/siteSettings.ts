import { organisationField } from '@union/shared/collections'
import type { LocaleCode } from '@union/shared/locales'
import { type SeedContext, seedRequestContext } from './documents'
import { seedLogo } from './logo'
import type { OrganisationSeed } from './organisations'
import type { SeededPage } from './pages'

/**
 * An organisation's site settings: its name, a menu per language linking to its pages that exist
 * in it, its join link and public contact channel. Written only when the organisation has none yet,
 * so a re-run never overwrites what editors have set since.
 */
export async function seedSiteSettings(
  ctx: SeedContext,
  organisation: OrganisationSeed,
  pages: SeededPage[],
): Promise<void> {
  const existing = await ctx.payload.find({
    collection: 'site-settings',
    where: { [organisationField]: { equals: ctx.organisation } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    context: seedRequestContext,
  })
  if (existing.docs[0]) {
    ctx.report['site-settings'].existing += 1
    ctx.log(`[seed] site-settings of ${organisation.name}: already set, left as it is`)
    return
  }
  const { settings } = organisation
  const names = new Map(settings.names)
  const locales = [
    ...new Set<LocaleCode>([
      ...names.keys(),
      ...pages.flatMap((page) => (page.menuLabels ?? page.titles).map(([locale]) => locale)),
    ]),
  ]
  const localized = (locale: LocaleCode) => ({
    // The organisation's name is required in every language a menu is saved in.
    organisation: { name: names.get(locale) ?? settings.names[0]?.[1] },
    navigation: pages.flatMap((page) =>
      (page.menuLabels ?? page.titles).filter(([l]) => l === locale).map(([, label]) => ({ label, page: page.id })),
    ),
    ...(settings.join?.[locale] ? { joinLink: settings.join[locale] } : {}),
    publicContact: { label: settings.contact.labels[locale] ?? null, url: settings.contact.url },
  })
  const [first, ...rest] = locales
  if (!first) throw new Error(`Organisation ${organisation.slug} has no language to write its site settings in`)
  const logo = await seedLogo(ctx, organisation, locales)
  const common = { translatedLocales: locales, _status: 'published' }
  const created = await ctx.payload.create({
    collection: 'site-settings',
    locale: first,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    context: seedRequestContext,
    data: {
      ...localized(first),
      organisation: {
        ...localized(first).organisation,
        shortName: settings.shortName ?? null,
        logo,
        website: settings.website,
      },
      [organisationField]: ctx.organisation,
      ...common,
    } as never,
  })
  for (const locale of rest) {
    await ctx.payload.update({
      collection: 'site-settings',
      id: created.id,
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      context: seedRequestContext,
      data: { ...localized(locale), ...common } as never,
    })
  }
  ctx.report['site-settings'].created += 1
  ctx.log(`[seed] site-settings of ${organisation.name}: set (${locales.join(', ')})`)
}
