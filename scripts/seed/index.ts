import type { Payload } from 'payload'
import { seedActionPlan } from './actionPlan'
import { emptyReport, type ID, type SeedContext, type SeedReport } from './documents'
import { humanRightsNetworkPage } from './humanRightsNetwork'
import { seedImmigrantActivities } from './immigrantActivities'
import {
  internationalActivitiesPage,
  internationalActivitiesPartners,
  readInternationalActivities,
} from './internationalActivities'
import { type OrganisationSlug, organisations, seedOrganisations } from './organisations'
import { ensurePage, type SeededPage } from './pages'
import { seedPartners } from './partners'
import { seedSiteSettings } from './siteSettings'
import { seedsDir } from './sourceText'
import { readVgclCooperation, vgclCooperationPage, vgclCooperationPartners } from './vgclCooperation'

export type { SeedCount, SeedReport } from './documents'

/**
 * Imports the source documents (see ../shared/seeds/README.md) through the Local API, each into the
 * organisation it comes from (organisations.ts). Idempotent: a document an earlier run created is
 * recognised and left alone, so a re-run creates nothing and adds no versions.
 */
export async function seed(
  payload: Payload,
  options: { log?: (line: string) => void; dir?: string; into?: ID } = {},
): Promise<SeedReport> {
  const dir = options.dir ?? seedsDir()
  const base = { payload, log: options.log ?? (() => {}), report: emptyReport() }
  base.log(`[seed] reading ${dir}`)
  if (options.into !== undefined) return seedIntoOne({ ...base, organisation: options.into }, dir)
  const ids = await seedOrganisations(base)
  const of = (slug: OrganisationSlug): SeedContext => ({ ...base, organisation: ids[slug] })

  const pagesOf: Record<OrganisationSlug, () => Promise<SeededPage[]>> = {
    // 000 and 001: JHL. 001 first: its contacts must exist before the networks that name them.
    jhl: async () => {
      const jhl = of('jhl')
      const international = readInternationalActivities(dir)
      const immigrantPage = await seedImmigrantActivities(jhl, dir)
      await seedPartners(jhl, internationalActivitiesPartners(international))
      return [await ensurePage(jhl, internationalActivitiesPage(international)), immigrantPage]
    },
    helsinki: async () => [await ensurePage(of('helsinki'), humanRightsNetworkPage(dir))],
    teollisuusliitto: async () => {
      await seedActionPlan(of('teollisuusliitto'), dir)
      return []
    },
    vgcl: async () => {
      const vgcl = readVgclCooperation(dir)
      await seedPartners(of('vgcl'), vgclCooperationPartners(vgcl))
      return [await ensurePage(of('vgcl'), vgclCooperationPage(vgcl))]
    },
  }
  for (const organisation of organisations) {
    const pages = await pagesOf[organisation.slug]()
    await seedSiteSettings(of(organisation.slug), organisation, pages)
  }
  return base.report
}

/**
 * Every source into one organisation, as a CMS that holds a single organisation would have them
 * (the tests' content: one site with every kind of document). Partners described by two sources
 * (SAK) are then one document with the texts of both.
 */
async function seedIntoOne(ctx: SeedContext, dir: string): Promise<SeedReport> {
  const international = readInternationalActivities(dir)
  const vgcl = readVgclCooperation(dir)
  const immigrantPage = await seedImmigrantActivities(ctx, dir)
  // Each organisation's partners from its own source; SAK is a partner of both, one document each.
  await seedPartners(ctx, internationalActivitiesPartners(international))
  await seedPartners(ctx, vgclCooperationPartners(vgcl))
  await seedActionPlan(ctx, dir)
  const pages = [
    await ensurePage(ctx, internationalActivitiesPage(international)),
    immigrantPage,
    await ensurePage(ctx, humanRightsNetworkPage(dir)),
    await ensurePage(ctx, vgclCooperationPage(vgcl)),
  ]
  const [jhl] = organisations
  if (jhl) await seedSiteSettings(ctx, jhl, pages)
  return ctx.report
}

export function formatReport(report: SeedReport): string[] {
  return Object.entries(report).map(
    ([slug, count]) => `${slug.padEnd(24)} created ${count.created}, existing ${count.existing}`,
  )
}
