import type { InternationalPartner } from '@union/cms/payload-types'
import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import { bySlug, ensureDocument, type ID, type SeedContext, updateLocale } from './documents'

/**
 * International partners come from two sources (000 in fi + en, 004 in vi) and share documents:
 * SAK appears in both. Each source lists its partners by a stable key; the lists are merged by key,
 * so one document gets the texts of every source that describes it.
 */

export type PartnerShared = Pick<InternationalPartner, 'kind' | 'scope' | 'relationship'> &
  Partial<Pick<InternationalPartner, 'abbreviation' | 'country' | 'status' | 'website'>>

export type PartnerText = { name: string; slug: string; description: string[] }

export type ProjectSeed = { title: string; funders: string[]; places: string[]; outcome?: string }

export type PartnerSeed = {
  key: string
  /** Given by the source that introduces the partner; a later source only adds texts and projects. */
  shared?: PartnerShared
  texts: [LocaleCode, PartnerText][]
  projects?: { locale: LocaleCode; items: ProjectSeed[] }
}

export function mergePartners(...lists: PartnerSeed[][]): PartnerSeed[] {
  const merged = new Map<string, PartnerSeed>()
  for (const partner of lists.flat()) {
    const earlier = merged.get(partner.key)
    if (!earlier) {
      merged.set(partner.key, { ...partner, texts: [...partner.texts] })
      continue
    }
    if (partner.projects && earlier.projects) throw new Error(`Two sources give projects for partner "${partner.key}"`)
    earlier.shared ??= partner.shared
    earlier.texts.push(...partner.texts)
    earlier.projects ??= partner.projects
  }
  return [...merged.values()]
}

/** Partners first, then the projects of those created now: a project's funders must exist, even when a partner funds its own project. */
export async function seedPartners(ctx: SeedContext, partners: PartnerSeed[]): Promise<Map<string, ID>> {
  const ids = new Map<string, ID>()
  const created: PartnerSeed[] = []
  for (const partner of partners) {
    const [first] = partner.texts
    if (!first || !partner.shared)
      throw new Error(`Partner "${partner.key}" needs texts and kind, scope and relationship`)
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
    const cooperationProjects = partner.projects.items.map((project) => ({
      title: project.title,
      funders: project.funders.map((key) => {
        const funder = ids.get(key)
        if (funder === undefined) throw new Error(`Unknown funder "${key}" of partner "${partner.key}"`)
        return funder
      }),
      places: project.places,
      outcome: project.outcome,
    }))
    await updateLocale(ctx, 'international-partners', id, partner.projects.locale, { cooperationProjects })
    ctx.log(`[seed] international-partners: ${partner.key} cooperation projects added (${cooperationProjects.length})`)
  }
  return ids
}
