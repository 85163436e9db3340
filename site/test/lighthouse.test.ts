import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionPlan, Page, RegionalNetwork } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Localized } from '../src/lib/localized'
import { pageKey, pagePaths, routes } from '../src/lib/routes'
import { readBuiltContent } from '../src/loader/buildState'
import { readBuiltSite } from './checks/builtSite'
import { describeLostAudits, type LighthouseCategory, type LighthouseResult, runLighthouse } from './checks/lighthouse'
import { type StaticServer, serveBuiltSite } from './checks/staticServer'
import { runBuildSite } from './fixtures/buildSite'
import { startCmsWithContent } from './fixtures/cmsWithContent'

/**
 * Lighthouse 12 (mobile preset, the stricter one) on the seeded site, built from a real Payload and
 * served over HTTP: a page of each kind. Addresses come from the site's own route helpers and the
 * content the build was made from, so they follow the routes wherever they lead.
 */
const minimum: Record<LighthouseCategory, number> = {
  performance: 100,
  accessibility: 100,
  'best-practices': 96,
  seo: 92,
}

const work = mkdtempSync(join(tmpdir(), 'union-lighthouse-'))
const dist = join(work, 'dist')
let server: StaticServer | undefined
const results = new Map<string, LighthouseResult>()
const pages = new Map<string, string>()

beforeAll(async () => {
  const cms = await startCmsWithContent()
  try {
    const build = await runBuildSite(dist, { CMS_URL: cms.server.url, SITE_URL: 'http://localhost:4321' })
    if (build.code !== 0) throw new Error(`the site failed to build:\n${build.output}`)
  } finally {
    await cms.stop()
  }
  for (const [name, path] of await representativePages(dist)) pages.set(name, path)
  server = await serveBuiltSite(readBuiltSite(dist))
  const origin = server.origin
  const run = await runLighthouse(
    [...pages.values()].map((path) => `${origin}${path}`),
    { performanceRuns: 3 },
  )
  for (const [index, name] of [...pages.keys()].entries()) results.set(name, run[index]!)
}, 900_000)

afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

/** A home page, a network, a content page and the action plan in Finnish, and the Arabic (right-to-left) home. */
async function representativePages(site: string): Promise<[string, string][]> {
  const content = await readBuiltContent(join(site, '.build'))
  if (!content) throw new Error(`the build left no content in ${site}/.build`)
  const { collections } = content
  const finnishFirst = <Doc>(entries: Localized<Doc>[]) => entries.find((entry) => entry.locale === 'fi') ?? entries[0]
  const network = finnishFirst(collections['regional-networks'] as Localized<RegionalNetwork>[])
  const plan = finnishFirst(collections['action-plans'] as Localized<ActionPlan>[])
  const allPages = collections.pages as Localized<Page>[]
  const page = finnishFirst(allPages)
  if (!network || !plan || !page) throw new Error('the seeded content lacks a network, an action plan or a page')
  const fi: LocaleCode = 'fi'
  return [
    ['the Finnish home page', routes.home(fi)],
    [`a network page (${network.locale})`, routes.network(network.locale, network.doc)],
    [`a content page (${page.locale})`, pagePaths(allPages).get(pageKey(page.locale, page.doc.id))!],
    [`the action plan (${plan.locale})`, routes.actionPlan(plan.locale, plan.doc)],
    ['the Arabic home page', routes.home('ar')],
  ]
}

describe('Lighthouse on the seeded site', () => {
  test('tests a page of each kind, Finnish and Arabic', () => {
    expect([...pages.keys()]).toHaveLength(5)
    for (const result of results.values()) expect(Object.keys(result.scores)).toHaveLength(4)
  })

  test.each(['the Finnish home page', 'a network page', 'a content page', 'the action plan', 'the Arabic home page'])(
    '%s scores at least 100 / 100 / 96 / 92',
    (name) => {
      const [, result] = [...results.entries()].find(([key]) => key.startsWith(name)) ?? []
      expect(result, `no Lighthouse result for ${name}`).toBeDefined()
      const explanation = `${result!.url}: ${JSON.stringify(result!.scores)}\n${describeLostAudits(result!)}${
        result!.warnings.length ? `\n  Lighthouse warned: ${result!.warnings.join(' ')}` : ''
      }`
      for (const [category, least] of Object.entries(minimum) as [LighthouseCategory, number][]) {
        expect(result!.scores[category] ?? 0, `${category} of ${explanation}`).toBeGreaterThanOrEqual(least)
      }
    },
  )
})
