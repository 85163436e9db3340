import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getLocale, isLocaleCode } from '@union/shared/locales'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBuiltSite } from './checks'
import { readBuiltSite } from './checks/builtSite'
import { launchHeadlessChromium } from './checks/headlessChromium'
import { serveBuiltSite } from './checks/staticServer'
import { runBuildSite, runExportContent } from './fixtures/buildSite'
import { builtPages, folderDigest, hreflangLinks, htmlAttributes } from './fixtures/builtPages'
import { startCmsWithContent } from './fixtures/cmsWithContent'
import { searchBuiltSite } from './fixtures/pagefindSearch'

/**
 * The whole path: a real Payload with the seed, its REST API, scripts/build-site.ts as a child
 * process, and the pages it wrote. Then the same from a snapshot, and a snapshot that breaks the
 * content contract.
 */
const work = mkdtempSync(join(tmpdir(), 'union-site-'))
const dist = join(work, 'dist')
const siteUrl = 'http://localhost:4321'
let cms: Awaited<ReturnType<typeof startCmsWithContent>>
let build: Awaited<ReturnType<typeof runBuildSite>>

beforeAll(async () => {
  cms = await startCmsWithContent()
  build = await runBuildSite(dist, { CMS_URL: cms.server.url, SITE_URL: siteUrl })
}, 180_000)
afterAll(async () => {
  await cms?.stop()
})

describe('a build from the CMS', () => {
  test('succeeds, reports coverage and pages, quickly', () => {
    expect(build.code, build.output).toBe(0)
    expect(build.output).toContain('Translation coverage')
    expect(build.output).toMatch(/regional-networks\s+0\/0\/\d+/)
    expect(build.output).toMatch(/build-site: \d+ pages built/)
    expect(build.seconds).toBeLessThan(60)
  })

  test('every page declares its language and direction', () => {
    for (const page of builtPages(dist)) {
      const prefix = page.path.split('/')[1] ?? ''
      const { lang, dir } = htmlAttributes(page.html)
      if (page.path.startsWith('/pagefind/')) continue
      if (isLocaleCode(prefix)) {
        expect(lang, page.path).toBe(prefix)
        expect(dir, page.path).toBe(getLocale(prefix).dir)
      } else {
        expect(lang, page.path).toBeTruthy()
        expect(dir, page.path).toBe('ltr')
      }
    }
  })

  test('Arabic pages are right-to-left', () => {
    const arabic = builtPages(dist).filter((page) => page.path.startsWith('/ar/'))
    expect(arabic.map((page) => page.path)).toContain('/ar/التعاون-الدولي/')
    for (const page of arabic) expect(htmlAttributes(page.html)).toEqual({ lang: 'ar', dir: 'rtl' })
  })

  test('hreflang links join only real translations, both ways, with an x-default', () => {
    const pages = new Map(builtPages(dist).map((page) => [page.path, page]))
    for (const page of pages.values()) {
      const links = hreflangLinks(page.html)
      if (links.length === 0) continue
      expect(
        links.some((link) => link.hreflang === 'x-default'),
        page.path,
      ).toBe(true)
      for (const link of links.filter((candidate) => candidate.hreflang !== 'x-default')) {
        const target = pages.get(decodeURI(new URL(link.href).pathname))
        expect(target, `${page.path} → ${link.href}`).toBeDefined()
        expect(htmlAttributes(target!.html).lang).toBe(link.hreflang)
        expect(
          hreflangLinks(target!.html).map((back) => decodeURI(new URL(back.href).pathname)),
          `${link.href} links back`,
        ).toContain(page.path)
      }
    }
  })

  test('a network in English only has no hreflang, and says which languages lack it', () => {
    const kamut = builtPages(dist).find((page) => page.path === '/en/networks/kamut/')
    expect(kamut).toBeDefined()
    expect(hreflangLinks(kamut!.html)).toEqual([])
    expect(kamut!.html).toContain('Not translated into')
    expect(builtPages(dist).some((page) => page.path.startsWith('/fi/networks/kamut'))).toBe(false)
  })

  test('nested pages live at their localized paths', () => {
    const paths = builtPages(dist).map((page) => page.path)
    expect(paths).toContain('/fi/testiosio/alasivu/')
    expect(paths).toContain('/en/test-section/subpage/')
  })

  test('images are responsive AVIF and WebP with size and localized alt text', () => {
    const page = builtPages(dist).find((candidate) => candidate.path === '/fi/testiosio/alasivu/')!
    expect(page.html).toMatch(/<source srcset="[^"]+\.avif 320w, [^"]+\.avif 640w[^"]*" type="image\/avif"/)
    expect(page.html).toMatch(/<source srcset="[^"]+\.webp 320w[^"]*" type="image\/webp"/)
    expect(page.html).toMatch(
      /<img [^>]*alt="Verkoston jäseniä pöydän ääressä"[^>]*width="\d+"[^>]*height="\d+"|<img [^>]*width="\d+"[^>]*height="\d+"[^>]*alt="Verkoston jäseniä pöydän ääressä"/,
    )
    expect(page.html).toMatch(/<meta property="og:image" content="http:\/\/localhost:4321\/_astro\/[^"]+\.jpg">/)
    const english = builtPages(dist).find((candidate) => candidate.path === '/en/test-section/subpage/')!
    expect(english.html).toContain('alt="Network members around a table"')
  })

  test('the action plan shows each target in a table and measured ones in a chart', () => {
    const plan = builtPages(dist).find((page) => page.path.startsWith('/fi/action-plans/'))!
    expect(plan.html).toContain('<th scope="row">Mitattu testitavoite</th>')
    expect(plan.html).toMatch(/<svg class="chart" role="img" aria-labelledby="[^"]+"/)
    // Baseline 1 000 plus 6 %, grouped the Finnish way (Intl uses a no-break space).
    expect(plan.html).toMatch(/1[\s\u00a0\u202f]060 \(\+6[\s\u00a0\u202f]% lähtötasosta\)/)
  })

  test('content pages ship no client JavaScript; only search loads Pagefind', () => {
    for (const page of builtPages(dist)) {
      const scripts = [...page.html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g)]
      if (page.path.endsWith('/search/')) expect(page.html).toContain('/pagefind/pagefind.js')
      else expect(scripts, page.path).toEqual([])
    }
  })

  test('searching "KaMuT" in the Finnish index finds the network', async () => {
    const results = await searchBuiltSite(dist, 'fi', 'KaMuT')
    expect(results.length).toBeGreaterThan(0)
    expect(results.some((result) => result.url.startsWith('/fi/') && result.content.includes('KaMuT'))).toBe(true)
  })

  test('the Finnish search page finds KaMuT in a browser', async () => {
    const server = await serveBuiltSite(readBuiltSite(dist))
    const browser = await launchHeadlessChromium()
    try {
      const page = await browser.context.newPage()
      await page.goto(`${server.origin}/fi/search/?q=KaMuT`)
      const first = page.locator('#search-results li a').first()
      await first.waitFor({ timeout: 10_000 })
      expect(await first.getAttribute('href')).toBe('/fi/networks/')
      expect(await page.locator('#search-status').textContent()).toContain('KaMuT')
    } finally {
      await browser.close()
      await server.close()
    }
  }, 60_000)

  test('sitemap, robots.txt and canonical URLs use SITE_URL', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>${siteUrl}/fi/</loc>`)
    expect(sitemap).toContain('hreflang="x-default"')
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
    const home = builtPages(dist).find((page) => page.path === '/fi/')!
    expect(home.html).toContain(`<link rel="canonical" href="${siteUrl}/fi/">`)
    expect(home.html).toContain('"@type":"Organization"')
  })

  test('a 404 page per locale', () => {
    for (const locale of ['fi', 'en', 'sv', 'vi', 'ar'])
      expect(existsSync(join(dist, locale, '404.html')), locale).toBe(true)
  })

  test('passes the HTML, accessibility, link and language checks', async () => {
    expect(await checkBuiltSite(dist, { siteUrl })).toEqual([])
  }, 180_000)
})

describe('a build from a snapshot', () => {
  const snapshotDir = join(work, 'snapshot')
  const snapshotDist = join(work, 'snapshot-dist')

  test('builds the same pages without the CMS', async () => {
    const exported = await runExportContent(snapshotDir, cms.server.url)
    expect(exported.code, exported.output).toBe(0)
    const result = await runBuildSite(snapshotDist, {
      CONTENT_SNAPSHOT: join(snapshotDir, 'content.json'),
      CMS_URL: 'http://127.0.0.1:9',
      SITE_URL: siteUrl,
    })
    expect(result.code, result.output).toBe(0)
    // The images were processed by the first build; this one takes them from Astro's cache.
    expect(result.output).toContain('reused cache entry')
    expect(result.output).not.toMatch(/\.avif \(before:/)
    expect(
      builtPages(snapshotDist)
        .map((page) => page.path)
        .sort(),
    ).toEqual(
      builtPages(dist)
        .map((page) => page.path)
        .sort(),
    )
  }, 120_000)

  test('a contract violation fails the build, names the place, and leaves the previous site untouched', async () => {
    const content = JSON.parse(readFileSync(join(snapshotDir, 'content.json'), 'utf8'))
    const kamut = content.collections['regional-networks'].en.find(
      (doc: { acronym?: string }) => doc.acronym === 'KaMuT',
    )
    kamut.region = 'atlantis'
    writeFileSync(join(snapshotDir, 'broken.json'), JSON.stringify(content))
    const before = folderDigest(snapshotDist)
    const result = await runBuildSite(snapshotDist, {
      CONTENT_SNAPSHOT: join(snapshotDir, 'broken.json'),
      CMS_URL: 'http://127.0.0.1:9',
    })
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(`regional-networks id ${kamut.id}, locale "en", field "region"`)
    expect(result.output).toContain('atlantis')
    expect(result.output).toContain('was left as it was')
    expect(folderDigest(snapshotDist)).toBe(before)
  }, 120_000)
})
