import type { InternationalPartner } from '@union/cms/payload-types'
import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import { bySlug, ensureDocument, type ID, type SeedContext, updateLocale } from './documents'

/**
 * International partners of one organisation, from its own source: JHL's from 000 (fi + en),
 * VGCL's from 004 (vi). A partner both name, such as SAK, is a document of each organisation's,
 * described in its own source's words.
 */

export type PartnerShared = Pick<InternationalPartner, 'kind' | 'scope' | 'relationship'> &
  Partial<Pick<InternationalPartner, 'abbreviation' | 'country' | 'status' | 'website'>>

/** `description`: the source's text about this partner alone, one string a paragraph. */
export type PartnerText = { name: string; slug: string; description: string[] }

/** Money from a funder that is not a partner, through a partner (by key), to the places named. */
export type ChannelledFundingSeed = { funder: string; intermediary: string; places: string[] }

/** Funders and intermediaries by partner key; `outcome` only where the source gives this project one. */
export type ProjectSeed = {
  title: string
  funders: string[]
  fundedThrough?: ChannelledFundingSeed[]
  places: string[]
  outcome?: string
}

export type PartnerSeed = {
  key: string
  shared: PartnerShared
  texts: [LocaleCode, PartnerText][]
  projects?: { locale: LocaleCode; items: ProjectSeed[] }
}

/** Partners first, then the projects of those created now: a project's funders must exist, even when a partner funds its own project. */
export async function seedPartners(ctx: SeedContext, partners: PartnerSeed[]): Promise<Map<string, ID>> {
  const ids = new Map<string, ID>()
  const created: PartnerSeed[] = []
  for (const partner of partners) {
    const [first] = partner.texts
    if (!first) throw new Error(`Partner "${partner.key}" has no texts`)
    const seeded = await ensureDocument(ctx, {
      collection: 'international-partners',
      label: first[1].name,
      lookups: [bySlug(first[0], first[1].slug)],
      shared: partner.shared,
      texts: partner.texts.map(([locale, text]) => [
        locale,
        { name: text.name, slug: text.slug, description: richTextFromParagraphs(text.description) },
      ]),
    })
    ids.set(partner.key, seeded.id)
    if (seeded.created) created.push(partner)
  }
  for (const partner of created) {
    if (!partner.projects) continue
    const id = ids.get(partner.key) as ID
    const partnerId = (key: string) => {
      const found = ids.get(key)
      if (found === undefined) throw new Error(`Unknown partner "${key}" in a project of partner "${partner.key}"`)
      return found
    }
    const cooperationProjects = partner.projects.items.map((project) => ({
      title: project.title,
      funders: project.funders.map(partnerId),
      fundedThrough: (project.fundedThrough ?? []).map((funding) => ({
        funder: funding.funder,
        intermediary: partnerId(funding.intermediary),
        places: funding.places,
      })),
      places: project.places,
      outcome: project.outcome,
    }))
    await updateLocale(ctx, 'international-partners', id, partner.projects.locale, { cooperationProjects })
    ctx.log(`[seed] international-partners: ${partner.key} cooperation projects added (${cooperationProjects.length})`)
  }
  return ids
}
