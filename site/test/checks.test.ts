import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBuiltSite, type Problem } from './checks'
import { writeBuiltSiteFixture } from './fixtures/builtSiteWithProblems'

let distDir: string
let problems: Problem[]

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'union-checks-fixture-'))
  await writeBuiltSiteFixture(distDir)
  problems = await checkBuiltSite(distDir)
})

afterAll(async () => {
  if (distDir) await rm(distDir, { recursive: true, force: true })
})

function problemsOf(page: string): Problem[] {
  return problems.filter((problem) => problem.page === page)
}

function problem(page: string, check: Problem['check'], message: RegExp) {
  return { page, check, message: expect.stringMatching(message) }
}

describe('good pages', () => {
  test.each(['index.html', '404.html', 'fi/index.html', 'en/index.html', 'old-news/index.html'])(
    '%s has no problems',
    (page) => {
      expect(problemsOf(page)).toEqual([])
    },
  )

  test("Pagefind's own files are not checked", () => {
    expect(problems.filter((found) => found.page.startsWith('pagefind/'))).toEqual([])
  })
})

describe('bad pages', () => {
  test('invalid HTML: the Nu HTML Checker error with its line', () => {
    const page = 'fi/invalid-html/index.html'
    expect(problemsOf(page)).toEqual([problem(page, 'html', /^line \d+:\d+: Stray end tag “span”/)])
  })

  test('an image without alt: the axe rule, its target and help, and the validator error', () => {
    const page = 'fi/missing-alt/index.html'
    expect(problemsOf(page)).toEqual(
      expect.arrayContaining([
        problem(page, 'axe', /^image-alt at img: Images must have alternative text/),
        problem(page, 'html', /An “img” element must have an “alt” attribute/),
      ]),
    )
    expect(problemsOf(page)).toHaveLength(2)
  })

  test('low contrast text: axe color-contrast on that element', () => {
    const page = 'fi/low-contrast/index.html'
    expect(problemsOf(page)).toEqual([
      problem(page, 'axe', /^color-contrast at p: Elements must meet minimum color contrast/),
    ])
  })

  test('broken links: each missing href, absolute same-site URL and srcset candidate', () => {
    const page = 'fi/broken-link/index.html'
    expect(problemsOf(page)).toEqual([
      problem(page, 'links', /^line \d+: <a href="\/fi\/nowhere\/"> points to \/fi\/nowhere\/, which is not a file/),
      problem(page, 'links', /^line \d+: <a href="http:\/\/localhost:4321\/fi\/gone\/"> points to \/fi\/gone\//),
      problem(page, 'links', /^line \d+: <img srcset="\/images\/missing@2x.png"> points to \/images\/missing@2x.png/),
    ])
  })

  test('broken fragments: on another page and on the same page', () => {
    const page = 'fi/broken-fragment/index.html'
    expect(problemsOf(page)).toEqual([
      problem(
        page,
        'links',
        /<a href="\/fi\/#no-such-section"> points to #no-such-section, but fi\/index.html has no element/,
      ),
      problem(
        page,
        'links',
        /<a href="#nowhere"> points to #nowhere, but fi\/broken-fragment\/index.html has no element/,
      ),
    ])
  })

  test('a page under /fi/ whose lang is not fi', () => {
    const page = 'fi/wrong-lang/index.html'
    expect(problemsOf(page)).toEqual([
      problem(page, 'lang', /^<html lang="sv"> on a page under \/fi\/; expected lang="fi"/),
    ])
  })

  test('an ar page without dir="rtl"', () => {
    const page = 'ar/index.html'
    expect(problemsOf(page)).toEqual([
      problem(page, 'lang', /^<html> has no dir attribute; locale "ar" is written rtl/),
    ])
  })

  test('an hreflang alternate to a page that was not built: both the lang and the links check', () => {
    const page = 'fi/missing-alternate/index.html'
    expect(problemsOf(page)).toEqual(
      expect.arrayContaining([
        problem(
          page,
          'lang',
          /hreflang="sv" href="\/sv\/missing-alternate\/"> points to \/sv\/missing-alternate\/, which is not a built page/,
        ),
        problem(page, 'links', /<link href="\/sv\/missing-alternate\/"> points to \/sv\/missing-alternate\//),
      ]),
    )
    expect(problemsOf(page)).toHaveLength(2)
  })

  test('hreflang alternates that name an unconfigured locale or point to a page in another language', () => {
    const page = 'fi/wrong-alternates/index.html'
    expect(problemsOf(page)).toEqual([
      problem(page, 'lang', /hreflang="en" href="\/fi\/"> points to fi\/index.html, whose <html lang> is "fi"/),
      problem(page, 'lang', /hreflang="de" href="\/en\/"> names no configured locale; use one of fi, sv, /),
      problem(page, 'lang', /hreflang="sv" href="\/old-news\/"> points to old-news\/index.html, which only redirects/),
    ])
  })
})

test("an Astro redirect stub to a page that was not built: its link and canonical, nothing of Astro's markup", () => {
  const page = 'old-events/index.html'
  expect(problemsOf(page)).toEqual([
    problem(page, 'links', /^line 5: <link href="http:\/\/localhost:4321\/fi\/events\/"> points to \/fi\/events\//),
    problem(page, 'links', /^line 7: <a href="\/fi\/events\/"> points to \/fi\/events\//),
  ])
})

test('`only` runs just the named checks', async () => {
  const linksOnly = await checkBuiltSite(distDir, { only: ['links'] })
  expect(linksOnly).toEqual(problems.filter((found) => found.check === 'links'))
})
