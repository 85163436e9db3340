import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionPlan, Page, RegionalNetwork } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Localized } from '../src/lib/localized'
import { pageKey, pagePaths, routes } from '../src/lib/routes'
import { readBuiltContent } from '../src/loader/buildState'
import { readBuiltSite } from './checks/builtSite'
import { describeResult, type LighthouseCategory, type LighthouseResult, runLighthouse } from './checks/lighthouse'
import { type StaticServer, serveBuiltSite } from './checks/staticServer'
import { runBuildSite } from './fixtures/buildSite'
import { builtPages, hreflangLinks } from './fixtures/builtPages'
import { startCmsWithContent } from './fixtures/cmsWithContent'
import { imagesOfIco } from './fixtures/icoImages'

/**
 * What search engines and browsers see of the seeded site, built from a real Payload and served
 * over HTTP: a description on every page in its own language, the icons made from the logo, and
 * Lighthouse 12 (mobile preset, the stricter one) on a page of each kind. Addresses come from the
 * site's own route helpers and the content the build was made from, so they follow the routes
 * wherever they lead.
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
  server = await serveBuiltSite(readBuiltSite(dist))
}, 240_000)

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

/** The content of a page's `<meta name="description">` tags. */
function descriptionsOf(html: string): string[] {
  return [...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((match) => match[1]!)
}

/**
 * The site's pages, without Pagefind's and without the pages at old addresses (redirects.ts), which
 * only move the browser on to the new address and are noindex.
 */
const htmlPages = () =>
  builtPages(dist).filter(
    (page) => !page.path.startsWith('/pagefind/') && !/<meta http-equiv="refresh"/.test(page.html),
  )

describe('descriptions', () => {
  test('every page has one, and it is not empty', () => {
    expect(htmlPages().length).toBeGreaterThan(20)
    for (const page of htmlPages()) {
      const [description, ...more] = descriptionsOf(page.html)
      expect(more, page.path).toEqual([])
      expect(description?.trim(), page.path).toBeTruthy()
    }
  })

  test('no page is described in the words of its translation in another language', () => {
    const byPath = new Map(htmlPages().map((page) => [page.path, page]))
    let compared = 0
    for (const page of byPath.values()) {
      const own = descriptionsOf(page.html)[0]
      for (const link of hreflangLinks(page.html)) {
        const other = byPath.get(decodeURI(new URL(link.href).pathname))
        if (!other || other === page || link.hreflang === 'x-default') continue
        compared++
        expect(descriptionsOf(other.html)[0], `${page.path} and ${link.href}`).not.toBe(own)
      }
    }
    expect(compared).toBeGreaterThan(10)
  })
})

describe('icons', () => {
  test("/favicon.ico is the seeded logo's monogram, at 16, 32 and 48 pixels", async () => {
    const response = await fetch(`${server!.origin}/favicon.ico`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/x-icon')
    const images = imagesOfIco(Buffer.from(await response.arrayBuffer()))
    expect(images.map((image) => image.width)).toEqual([16, 32, 48])
    // The seed draws JHL's monogram on #1d4f91; the left edge's middle is that colour.
    const { data, info } = await sharp(images[1]!.png).raw().toBuffer({ resolveWithObject: true })
    const at = (16 * info.width + 2) * info.channels
    // The upload is stored as lossy WebP, so a channel may be off by a step or two.
    const colour = [...data.subarray(at, at + 3)]
    for (const [index, channel] of [0x1d, 0x4f, 0x91].entries())
      expect(Math.abs(colour[index]! - channel)).toBeLessThan(4)
  })

  test('/apple-touch-icon.png is a 180-pixel PNG', async () => {
    const response = await fetch(`${server!.origin}/apple-touch-icon.png`)
    expect(response.status).toBe(200)
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 180, 180])
  })

  test('every page links both', () => {
    for (const page of htmlPages()) {
      expect(page.html, page.path).toMatch(/<link rel="icon" href="\/favicon\.ico"/)
      expect(page.html, page.path).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"/)
    }
  })
})

describe('Lighthouse on the seeded site', () => {
  beforeAll(async () => {
    for (const [name, path] of await representativePages(dist)) pages.set(name, path)
    const run = await runLighthouse(
      [...pages.values()].map((path) => `${server!.origin}${path}`),
      { performanceRuns: 5 },
    )
    for (const [index, name] of [...pages.keys()].entries()) results.set(name, run[index]!)
  }, 1_200_000)

  test('tests a page of each kind, Finnish and Arabic', () => {
    expect([...pages.keys()]).toHaveLength(5)
    for (const result of results.values()) expect(Object.keys(result.scores)).toHaveLength(4)
  })

  test.each(['the Finnish home page', 'a network page', 'a content page', 'the action plan', 'the Arabic home page'])(
    '%s scores at least 100 / 100 / 96 / 92',
    (name) => {
      const [, result] = [...results.entries()].find(([key]) => key.startsWith(name)) ?? []
      expect(result, `no Lighthouse result for ${name}`).toBeDefined()
      const explanation = describeResult(result!)
      for (const [category, least] of Object.entries(minimum) as [LighthouseCategory, number][]) {
        expect(result!.scores[category] ?? 0, `${category} of ${explanation}`).toBeGreaterThanOrEqual(least)
      }
    },
  )
})
