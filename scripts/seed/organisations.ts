import type { LocaleCode } from '@union/shared/locales'
import { type ID, type SeedContext, seedRequestContext } from './documents'

/**
 * The four organisations the source documents come from (../shared/seeds/README.md), each with
 * its own site. Their names and public addresses are the organisations' own; the sources give no
 * e-mail address for the public, so each site's public contact channel is the organisation's website.
 */
export type OrganisationSeed = {
  slug: OrganisationSlug
  /** As staff know it in the admin. */
  name: string
  settings: {
    /** The name on the site, per language of the site (the first is the one a new document is created in). */
    names: [LocaleCode, string][]
    shortName?: string
    /** The source documents have no logo files: the seed draws this monogram on this colour (seed/logo.ts). */
    logo: { monogram: string; colour: string }
    website: string
    contact: { url: string; labels: Partial<Record<LocaleCode, string>> }
    join?: Partial<Record<LocaleCode, { label: string; url: string }>>
  }
}

export type OrganisationSlug = 'jhl' | 'helsinki' | 'teollisuusliitto' | 'vgcl'

export const organisations: OrganisationSeed[] = [
  {
    // Sources 000 (JHL's Helsinki joint branch) and 001 (the union's immigrant activities).
    slug: 'jhl',
    name: 'JHL',
    settings: {
      // "JHL" is the union's name in every language, like an acronym.
      names: [
        ['fi', 'JHL'],
        ['en', 'JHL'],
      ],
      shortName: 'JHL',
      logo: { monogram: 'JHL', colour: '#1d4f91' },
      website: 'https://www.jhl.fi',
      contact: { url: 'https://www.jhl.fi', labels: { fi: 'JHL:n verkkosivut', en: 'JHL’s website' } },
      // The join call of source 000 exists in English only ("Join us and become a member!").
      join: { en: { label: 'Become a member', url: 'https://www.jhl.fi' } },
    },
  },
  {
    // Source 002: the city's human-rights network for its staff, in Swedish.
    slug: 'helsinki',
    name: 'Helsingin kaupunki',
    settings: {
      names: [
        ['sv', 'Helsingfors stad'],
        ['fi', 'Helsingin kaupunki'],
      ],
      logo: { monogram: 'HKI', colour: '#8a1538' },
      website: 'https://www.hel.fi',
      contact: {
        url: 'https://www.hel.fi',
        labels: { sv: 'Helsingfors stads webbplats', fi: 'Helsingin kaupungin verkkosivut' },
      },
    },
  },
  {
    // Source 003: the action plan for 2020, in Finnish.
    slug: 'teollisuusliitto',
    name: 'Teollisuusliitto',
    settings: {
      names: [['fi', 'Teollisuusliitto']],
      logo: { monogram: 'TL', colour: '#2f5d3a' },
      website: 'https://www.teollisuusliitto.fi',
      contact: { url: 'https://www.teollisuusliitto.fi', labels: { fi: 'Teollisuusliiton verkkosivut' } },
    },
  },
  {
    // Source 004: the confederation's international cooperation, in Vietnamese.
    slug: 'vgcl',
    name: 'Tổng Liên đoàn Lao động Việt Nam (VGCL)',
    settings: {
      names: [['vi', 'Tổng Liên đoàn Lao động Việt Nam']],
      shortName: 'VGCL',
      logo: { monogram: 'VGCL', colour: '#a4161a' },
      website: 'https://www.congdoan.vn',
      contact: { url: 'https://www.congdoan.vn', labels: { vi: 'Trang web của Tổng Liên đoàn' } },
    },
  },
]

/** Creates the organisations an earlier run did not; returns each one's id by slug. */
export async function seedOrganisations(ctx: Omit<SeedContext, 'organisation'>): Promise<Record<OrganisationSlug, ID>> {
  const ids = {} as Record<OrganisationSlug, ID>
  for (const organisation of organisations) {
    const found = await ctx.payload.find({
      collection: 'organisations',
      where: { slug: { equals: organisation.slug } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      context: seedRequestContext,
    })
    const existing = found.docs[0]
    if (existing) {
      ids[organisation.slug] = existing.id
      ctx.report.organisations.existing += 1
      continue
    }
    const created = await ctx.payload.create({
      collection: 'organisations',
      data: { name: organisation.name, slug: organisation.slug },
      overrideAccess: true,
      context: seedRequestContext,
    })
    ids[organisation.slug] = created.id
    ctx.report.organisations.created += 1
    ctx.log(`[seed] organisations: ${organisation.name} created`)
  }
  return ids
}
