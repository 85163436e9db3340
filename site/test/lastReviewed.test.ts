import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createUser } from '../../cms/test/rest'
import { runBuildSite } from './fixtures/buildSite'
import { builtPages, htmlAttributes } from './fixtures/builtPages'
import { startCmsWithContent } from './fixtures/cmsWithContent'

/**
 * Freshness on the site: a document's last review date on its pages, in each page's language; the
 * build log's list of stale documents; and never the person responsible for the review.
 */
const work = mkdtempSync(join(tmpdir(), 'union-reviewed-'))
const dist = join(work, 'dist')
let cms: Awaited<ReturnType<typeof startCmsWithContent>>
let build: Awaited<ReturnType<typeof runBuildSite>>
let page: { id: number; fi: string; sv: string }
let network: { id: number; fi: string; sv: string }
let chair: string

beforeAll(async () => {
  cms = await startCmsWithContent()
  const { payload } = cms
  const { user } = await createUser(payload, 'responsible.person@example.org', ['editor'])
  const review = (lastReviewed: string, nextReviewDue: string) => ({
    lastReviewed,
    nextReviewDue,
    responsible: user.id,
  })

  // The test content has nothing in both Finnish and Swedish: a page and a network in both.
  const bilingual = async (
    collection: 'pages' | 'regional-networks',
    fi: Record<string, unknown>,
    sv: Record<string, unknown>,
    reviewed: ReturnType<typeof review>,
  ) => {
    const created = await payload.create({
      collection,
      locale: 'fi',
      data: { ...fi, translatedLocales: ['fi', 'sv'], _status: 'published', review: reviewed } as never,
    })
    await payload.update({ collection, id: created.id, locale: 'sv', data: { ...sv, _status: 'published' } as never })
    return created.id
  }
  page = {
    id: await bilingual(
      'pages',
      { title: 'Tarkistettu sivu' },
      { title: 'Granskad sida' },
      review('2026-03-15T12:00:00.000Z', '2020-01-31T12:00:00.000Z'),
    ),
    fi: 'Tarkistettu sivu',
    sv: 'Granskad sida',
  }
  network = {
    id: await bilingual(
      'regional-networks',
      { name: 'Tarkistettu verkosto', region: 'oulu-area' },
      { name: 'Granskat nätverk' },
      review('2025-11-02T12:00:00.000Z', '2099-01-01T12:00:00.000Z'),
    ),
    fi: 'Tarkistettu verkosto',
    sv: 'Granskat nätverk',
  }

  const [contact] = (await payload.find({ collection: 'contacts', where: { publishable: { equals: true } }, limit: 1 }))
    .docs
  if (!contact) throw new Error('the test content has no publishable contact')
  await payload.update({
    collection: 'contacts',
    id: contact.id,
    data: { review: { termEnd: '2021-05-31T12:00:00.000Z' } },
  })
  chair = contact.name

  build = await runBuildSite(dist, { CMS_URL: cms.server.url, SITE_URL: 'http://localhost:4321' })
}, 240_000)

afterAll(async () => {
  await cms?.stop()
})

/** The "last reviewed" line of the built page whose heading is `heading`. */
function lastReviewedLine(heading: string, lang: string): string | undefined {
  const found = builtPages(dist).find(
    (built) => htmlAttributes(built.html).lang === lang && built.html.includes(`<h1>${heading}</h1>`),
  )
  if (!found) throw new Error(`no ${lang} page headed "${heading}" was built`)
  const line = /<p class="dateline last-reviewed"[^>]*>(.*?)<\/p>/s.exec(found.html)?.[1]
  return line?.replace(/<[^>]+>/g, '')
}

test('a content page shows when it was last reviewed, in Finnish and in Swedish', () => {
  expect(build.code, build.output).toBe(0)
  expect(lastReviewedLine(page.fi, 'fi')).toBe('Tarkistettu viimeksi 15. maaliskuuta 2026')
  expect(lastReviewedLine(page.sv, 'sv')).toBe('Senast granskad 15 mars 2026')
})

test("a network's page shows it too, with a machine-readable date", () => {
  expect(lastReviewedLine(network.fi, 'fi')).toBe('Tarkistettu viimeksi 2. marraskuuta 2025')
  expect(lastReviewedLine(network.sv, 'sv')).toBe('Senast granskad 2 november 2025')
  const html = builtPages(dist).find((built) => built.html.includes(`<h1>${network.sv}</h1>`))?.html
  expect(html).toContain('<time datetime="2025-11-02">')
})

test('a page with no review recorded says nothing about it', () => {
  const unreviewed = builtPages(dist).filter(
    (built) => built.html.includes('<h1>') && !built.html.includes(`<h1>${page.fi}</h1>`),
  )
  expect(unreviewed.some((built) => !built.html.includes('last-reviewed'))).toBe(true)
})

test('the build log lists the overdue review and the ended term, and not what is still fresh', () => {
  expect(build.output).toContain('Stale documents (review overdue, term ended): 2')
  expect(build.output).toContain(`pages ${page.id} "${page.fi}": review overdue 2020-01-31`)
  expect(build.output).toContain(`"${chair}": term ended 2021-05-31`)
  expect(build.output).not.toContain(`regional-networks ${network.id} "${network.fi}"`)
})

test('nothing the site wrote names the person responsible', () => {
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|json|xml|txt)$/.test(entry.name)) continue
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
    expect(text, entry.name).not.toContain('responsible.person@example.org')
    expect(text, entry.name).not.toContain('"responsible"')
  }
})
