import type { Payload } from 'payload'
import { seedActionPlan } from './actionPlan'
import { emptyReport, type SeedContext, type SeedReport } from './documents'
import { humanRightsNetworkPage } from './humanRightsNetwork'
import { seedImmigrantActivities } from './immigrantActivities'
import {
  internationalActivitiesPage,
  internationalActivitiesPartners,
  readInternationalActivities,
} from './internationalActivities'
import { ensurePage } from './pages'
import { seedPartners } from './partners'
import { seedSiteSettings } from './siteSettings'
import { seedsDir } from './sourceText'
import { readVgclCooperation, vgclCooperationPage, vgclCooperationPartners } from './vgclCooperation'

export type { SeedCount, SeedReport } from './documents'

/**
 * Imports the source documents (see ../shared/seeds/README.md) through the Local API. Idempotent:
 * a document an earlier run created is recognised and left alone, so a re-run creates nothing and
 * adds no versions.
 */
export async function seed(
  payload: Payload,
  options: { log?: (line: string) => void; dir?: string } = {},
): Promise<SeedReport> {
  const dir = options.dir ?? seedsDir()
  const ctx: SeedContext = { payload, log: options.log ?? (() => {}), report: emptyReport() }
  ctx.log(`[seed] reading ${dir}`)
  const international = readInternationalActivities(dir)
  const vgcl = readVgclCooperation(dir)

  // 001 first: its contacts must exist before the networks that name them.
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
  await seedSiteSettings(ctx, pages)
  return ctx.report
}

export function formatReport(report: SeedReport): string[] {
  return Object.entries(report).map(
    ([slug, count]) => `${slug.padEnd(24)} created ${count.created}, existing ${count.existing}`,
  )
}
