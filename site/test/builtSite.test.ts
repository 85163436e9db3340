import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getLocale, isLocaleCode } from '@union/shared/locales'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBuiltSite } from './checks'
import { readBuiltSite } from './checks/builtSite'
import { launchHeadlessChromium } from './checks/headlessChromium'
import { isSearchPagePath } from './checks/sitePaths'
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
    expect(builtPages(dist).some((page) => page.path.startsWith('/fi/verkostot/kamut'))).toBe(false)
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
    const plan = builtPages(dist).find((page) => page.path.startsWith('/fi/toimintasuunnitelmat/'))!
    expect(plan.html).toContain('<th scope="row">Mitattu testitavoite</th>')
    expect(plan.html).toMatch(/<svg class="chart" role="img" aria-labelledby="[^"]+"/)
    // Baseline 1 000 plus 6 %, grouped the Finnish way (Intl uses a no-break space).
    expect(plan.html).toMatch(/1[\s\u00a0\u202f]060 \(\+6[\s\u00a0\u202f]% lähtötasosta\)/)
  })

  test('the targets table states a relative target as its chart does, never as "not set" (issue 9)', () => {
    const plan = builtPages(dist).find((page) => page.path.startsWith('/fi/toimintasuunnitelmat/'))!
    const row = (metric: RegExp) => {
      const found = [...plan.html.matchAll(/<tr>\s*<th scope="row">(.*?)<\/th>(.*?)<\/tr>/gs)].find((match) =>
        metric.test(match[1] ?? ''),
      )
      return (found?.[2] ?? '').replace(/<[^>]+>/g, '|').replace(/[\u00a0\u202f]/g, ' ')
    }
    const members = row(/jäsentemme määrä nousee 6 prosenttia/)
    expect(members).toContain('|vuoden 2019 lopun taso|')
    expect(members).toContain('|+6 % lähtötasosta|')
    expect(members).toContain('|2023|')
    expect(row(/nousee 10 prosenttia/)).toContain('|+10 % lähtötasosta|')
    expect(row(/Jäsenpalvelumme laatu/)).toContain('|asetetaan myöhemmin|')
    expect(plan.html).not.toContain('ei asetettu')
    // The charts label the baseline with the level the plan names and the goal with the same change.
    const charts = plan.html.match(/<svg class="chart".*?<\/svg>/gs) ?? []
    const labels = charts.flatMap((chart) => [...chart.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]))
    expect(labels.map((label) => label?.replace(/[\u00a0\u202f]/g, ' '))).toEqual(
      expect.arrayContaining(['vuoden 2019 lopun taso', '+6 %', 'vuoden 2018 taso', '+10 %']),
    )
    expect(labels.join(' ')).not.toMatch(/(^|\s)0[\s\u00a0\u202f]?%/)
    expect(plan.html).toContain('Teollisuusliitto ry · 2020</p>')
    expect(plan.html).toContain('<h2 id="other-emphases">Muut painotukset liiton toiminnassa</h2>')
  })

  test('no sentence leads nowhere: KaMuT’s “Get in touch:” and every colon are followed by what they announce (issue 9)', () => {
    const kamut = builtPages(dist).find((page) => page.path === '/en/networks/kamut/')!
    expect(kamut.html).not.toContain('Get in touch:')
    // Its contact is not publishable, so the page offers the organisation's public contact channel.
    expect(kamut.html).toMatch(
      /<h2 id="join">How to join<\/h2>\s*<div class="rich-text"><p>Come join us!<\/p><\/div>\s*<p>Contact us:<\/p>\s*<ul class="contacts"><li><strong>JHL’s website<\/strong>[\s\S]*?href="https:\/\/www\.jhl\.fi"/,
    )
    for (const page of builtPages(dist)) {
      const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(page.html)?.[1] ?? ''
      expect(main, page.path).not.toMatch(/:<\/p>(?!\s*<(ul|ol)\b)/)
    }
    const immigrant = builtPages(dist).find((page) => page.path === '/en/immigrant-activities/')!
    // Its specialists are not publishable contacts: the section offers the public contact channel instead.
    expect(immigrant.html).not.toMatch(/specialists in charge|switch the language/)
    expect(immigrant.html).toMatch(
      /Get in touch!<\/h2>\s*<p>Contact us:<\/p>\s*<ul class="contacts"><li><strong>JHL’s website/,
    )
  })

  test('contacts not marked publishable appear on no page', () => {
    for (const page of builtPages(dist))
      expect(page.html, page.path).not.toMatch(/Isto Mäkelä|433 1590|Toni Sorsa|Marja Karmala/)
  })

  test('a network page states each fact once', () => {
    const kamut = builtPages(dist).find((page) => page.path === '/en/networks/kamut/')!
    expect(kamut.html).toContain('<dt>Meets</dt><dd>about once a month</dd>')
    expect(kamut.html.match(/representative in the regional group/g)).toHaveLength(1)
  })

  test('partners: each its own description; a project under every partner it names', () => {
    const vietnamese = builtPages(dist).find((page) => page.path === '/vi/doi-tac/')!
    const cards = [...vietnamese.html.matchAll(/<li id="([^"]+)">(.*?)<\/li>\s*(?=<li id=|<\/ul>\s*<\/section>)/gs)]
    const sme = 'Tăng cường vai trò của Công đoàn trong khu vực doanh nghiệp vừa và nhỏ'
    const withSme = cards.filter((card) => card[2]?.includes(`<strong>${sme}</strong>`)).map((card) => card[1])
    expect(withSme.sort()).toEqual(['apheda', 'lo-ftf', 'sak'])
    expect(vietnamese.html).toContain('APHEDA, SAK và Ủy ban Châu Âu thông qua LO/FTF tại Khánh Hòa')
    expect(vietnamese.html).toContain('<dd>3 tỉnh, thành phố</dd>')
    expect(vietnamese.html).not.toContain('Kết quả')
    for (const path of ['/fi/kumppanit/', '/en/partners/', '/vi/doi-tac/']) {
      const html = builtPages(dist).find((page) => page.path === path)!.html
      const descriptions = [
        ...html.matchAll(/<\/h3>(?:\s*<p><span class="badge">.*?<\/p>)?\s*<div class="rich-text">(.*?)<\/div>/gs),
      ]
      expect(descriptions.length, path).toBeGreaterThan(5)
      expect(new Set(descriptions.map((match) => match[1])).size, path).toBe(descriptions.length)
    }
  })

  test('the news item shows its date in its language; every home card has a summary', () => {
    const news = builtPages(dist).find((page) => page.path.startsWith('/vi/mo-rong-'))!
    expect(news.html).toContain('<time datetime="2013-07-27">27 tháng 7, 2013</time>')
    // The test content's own sections (Testiosio, Test section) are not the seed's and have no summary.
    for (const locale of ['fi', 'en', 'sv', 'vi']) {
      const home = builtPages(dist).find((page) => page.path === `/${locale}/`)!
      const cards = [...home.html.matchAll(/<li>\s*<h2>(.*?)<\/h2>\s*(<p>)?/gs)].filter(
        (card) => !/\/(testiosio|test-section)\//.test(card[1] ?? ''),
      )
      expect(cards.length, locale).toBeGreaterThan(2)
      for (const card of cards) expect(card[2], `${locale}: ${card[1]}`).toBe('<p>')
    }
  })

  test('the accessibility statement says what the site is: its languages, its right-to-left pages, its charts', () => {
    const statement = builtPages(dist).find((page) => page.path === '/en/site/accessibility/')!
    expect(statement.html).toContain('The site is in Finnish, Swedish, English, Arabic, and Vietnamese')
    expect(statement.html).toContain('<li>Pages in Arabic read from right to left.</li>')
    expect(statement.html).toContain('has a table beside it with the same figures')
    expect(builtPages(dist).some((page) => page.path.startsWith('/ar/site/'))).toBe(false)
  })

  test('content pages ship no client JavaScript; only search loads Pagefind', () => {
    for (const page of builtPages(dist)) {
      const scripts = [...page.html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g)]
      if (isSearchPagePath(page.path)) expect(page.html).toContain('/pagefind/shards.json')
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
      await page.goto(`${server.origin}/fi/haku/?q=KaMuT`)
      const first = page.locator('#search-results li a').first()
      await first.waitFor({ timeout: 10_000 })
      expect(await first.getAttribute('href')).toBe('/fi/verkostot/')
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
