import { describe, expect, test } from 'vitest'
import {
  type BuiltPage,
  checkColonEndings,
  checkFacts,
  checkSiteClaims,
  describeFailedFacts,
  type Fact,
  readSiteText,
} from './checkFacts'

/** A page as Astro writes one: `lang` from the path's locale unless given. */
function page(
  path: string,
  body: string,
  options: { lang?: string | null; dir?: string; head?: string } = {},
): BuiltPage {
  const lang = options.lang === undefined ? path.split('/')[1] : options.lang
  const langAttribute = lang === null ? '' : ` lang="${lang}"`
  return {
    path,
    html: `<!doctype html><html${langAttribute} dir="${options.dir ?? 'ltr'}"><head><title>t</title>${options.head ?? ''}</head><body>${body}</body></html>`,
  }
}

const site = (...pages: BuiltPage[]) => readSiteText(pages)
const statusOf = (fact: Fact, ...pages: BuiltPage[]) => checkFacts(site(...pages), [fact])[0]!

describe('facts', () => {
  const members: Fact = { name: '165,000 members', says: { en: ["JHL's 165,000 members"], fi: ['165 000 jäsentä'] } }

  test('a fact is found in each of its locales, whatever the case, quotes and spaces', () => {
    const result = statusOf(
      members,
      page('/en/a/', '<p>Among JHL’s 165,000&nbsp;MEMBERS</p>'),
      page('/fi/a/', '<p>165&#8239;000 jäsentä</p>'),
    )
    expect(result).toMatchObject({ status: 'found', pages: { en: ['/en/a/'], fi: ['/fi/a/'] }, missingIn: [] })
  })

  test('a fact missing in one of its locales is missing there, also when another locale has it', () => {
    const result = statusOf(
      members,
      page('/en/a/', "<p>JHL's 165,000 members</p>"),
      page('/fi/a/', "<p>JHL's 165,000 members</p>"),
    )
    expect(result).toMatchObject({ status: 'missing', missingIn: ['fi'] })
    expect(describeFailedFacts([result])).toEqual(['missing in fi: 165,000 members (found in en: /en/a/)'])
  })

  test('a contradiction anywhere on the site makes the fact contradicted, with page and text', () => {
    const deadline: Fact = {
      name: 'by 2023',
      says: { fi: ['vuoteen 2023 mennessä'] },
      contradictions: [/31\.12\.2023/, '31. joulukuuta 2023'],
    }
    const result = statusOf(
      deadline,
      page(
        '/fi/plan/',
        '<p>Tavoitteet vuoteen 2023 mennessä</p><table><tr><th>Tavoite</th><td>31. joulukuuta 2023</td></tr></table>',
      ),
    )
    expect(result).toMatchObject({
      status: 'contradicted',
      contradictions: [{ page: '/fi/plan/', text: '31. joulukuuta 2023' }],
    })
    expect(describeFailedFacts([result])).toEqual(['contradicted: by 2023: /fi/plan/ says "31. joulukuuta 2023"'])
  })

  test('a fact about a subject counts on the subject’s page or in a block naming it, not elsewhere', () => {
    const founded: Fact = {
      name: 'OuVer founded January 2024',
      subject: /OuVer/,
      says: { en: [/^Founded\nJanuary 2024$/, /founded in January 2024/] },
    }
    const onItsPage = page('/en/ouver/', '<h1>OuVer</h1><dl><dt>Founded</dt><dd>January 2024</dd></dl>')
    const inABlock = page('/en/all/', '<h1>Networks</h1><p>The Oulu network OuVer. It was founded in January 2024.</p>')
    const elsewhere = page(
      '/en/meve/',
      '<h1>MeVe</h1><dl><dt>Founded</dt><dd>January 2024</dd></dl><p>OuVer meets monthly.</p>',
    )
    expect(statusOf(founded, onItsPage).status).toBe('found')
    expect(statusOf(founded, inABlock).status).toBe('found')
    expect(statusOf(founded, elsewhere).status).toBe('missing')
  })

  test('a heading phrasing is the page’s own <h1>, not a menu item', () => {
    const title: Fact = {
      name: 'page International activities',
      says: { en: [{ heading: 'International activities' }] },
    }
    const menu = '<nav><ul><li><a href="/en/ia/">International activities</a></li></ul></nav>'
    expect(statusOf(title, page('/en/', `${menu}<h1>Home</h1>`)).status).toBe('missing')
    expect(statusOf(title, page('/en/ia/', `${menu}<h1>International activities</h1>`)).status).toBe('found')
  })

  test('scripts, styles and hidden elements are not text; image alternatives and chart labels are', () => {
    const fact = (wording: string): Fact => ({ name: wording, says: { en: [wording] } })
    const body =
      '<script>var secret = "in a script"</script><style>.x{}</style><p hidden>hidden words</p>' +
      '<img src="a.jpg" alt="members around a table"><svg><text>0 %</text></svg>'
    const results = checkFacts(
      site(page('/en/', body)),
      ['in a script', 'hidden words', 'members around a table', '0 %'].map(fact),
    )
    expect(results.map((result) => result.status)).toEqual(['missing', 'missing', 'found', 'found'])
  })
})

describe('colon endings', () => {
  const footer = '<footer><ul><li><a href="/en/privacy/">Privacy notice</a></li></ul></footer>'
  const endings = (body: string) => checkColonEndings(site(page('/en/x/', body)))

  test('a block ending with a colon before nothing is named with its page', () => {
    expect(endings(`<main><p>Come join us! Would you like to participate? Get in touch:</p></main>${footer}`)).toEqual([
      { page: '/en/x/', sentence: 'Get in touch:' },
    ])
  })

  test('a colon before a heading, or before the next item of its own list, is reported', () => {
    expect(
      endings('<main><p>Get in touch:</p><h2>Chairs</h2><ul class="contacts"><li>A, Chair</li></ul></main>'),
    ).toHaveLength(1)
    expect(endings('<main><ul><li>Contact:</li><li>Other item</li></ul></main>')).toHaveLength(1)
  })

  test('a colon before a list, contact details, a value or more of its own block is fine', () => {
    expect(endings('<main><p>They are:</p><ul><li>A</li></ul></main>')).toEqual([])
    expect(endings('<main><p>Contact:</p><div class="contact-card"><p>Name</p></div></main>')).toEqual([])
    expect(endings('<main><dl><dt>Email:</dt><dd>a@example.org</dd></dl></main>')).toEqual([])
    expect(endings('<main><p>Call:<br>050 123 4567</p></main>')).toEqual([])
    expect(endings('<main><table><tr><th>Baseline:</th><td>1 000</td></tr></table></main>')).toEqual([])
  })
})

describe('statements about the site', () => {
  const home = (locale: string) => page(`/${locale}/`, '<h1>Home</h1>')
  const claims = (...pages: BuiltPage[]) => checkSiteClaims(site(...pages))
  const statement = (text: string) => page('/en/site/accessibility/', `<h1>Accessibility</h1><ul><li>${text}</li></ul>`)
  const problemsOf = (claim: string, ...pages: BuiltPage[]) =>
    claims(...pages)
      .filter((falseClaim) => falseClaim.claim === claim)
      .flatMap((falseClaim) => falseClaim.problems)
  const menu = (links: string[], missing: string[] = []) =>
    `<nav aria-label="Languages"><ul>${links.map((code) => `<li><a href="/${code}/" hreflang="${code}" lang="${code}">${code}</a></li>`).join('')}</ul>` +
    (missing.length > 0
      ? `<p>Not translated into ${missing.map((code) => `<span lang="${code}">${code}</span>`).join(', ')}</p>`
      : '') +
    '</nav>'

  test('a page that states nothing about the site is not checked', () => {
    expect(claims(home('en'), page('/en/x/', '<p>Plain words.</p><script>1</script>'))).toEqual([])
  })

  test('Arabic pages exist and are right to left', () => {
    const claim = 'Arabic pages exist and read right to left'
    const said = statement('Every page says its language, and Arabic pages read from right to left.')
    expect(problemsOf(claim, said, home('en'))).toEqual(['the site has no Arabic pages: nothing was built under /ar/'])
    expect(problemsOf(claim, said, page('/ar/', '<h1>x</h1>', { dir: 'ltr' }))).toEqual(['/ar/ has dir="ltr"'])
    expect(problemsOf(claim, said, page('/ar/', '<h1>x</h1>', { dir: 'rtl' }))).toEqual([])
  })

  test('every page says its language', () => {
    const said = statement('Every page says its language.')
    expect(problemsOf('every page says its language', said, page('/en/x/', '<p>x</p>', { lang: null }))).toEqual([
      '/en/x/ has lang=""',
    ])
  })

  test('only the search page uses JavaScript', () => {
    const said = statement('Pages work without JavaScript; only the search page uses it.')
    const search = page('/en/search/', '<script src="/pagefind/pagefind.js"></script>')
    const other = page('/en/x/', '<script>alert(1)</script><script type="application/ld+json">{}</script>')
    expect(problemsOf('only the search page uses JavaScript', said, search, other)).toEqual(['/en/x/ has a script'])
  })

  test('a chart’s data points are in its target’s table row', () => {
    const said = statement('Charts are shown with a table that holds the same figures.')
    const chart = (points: string[]) =>
      `<svg role="img"><title>Progress of “Members +6 %”: baseline and target.</title>${points.map((point) => `<circle r="4"><title>${point}</title></circle>`).join('')}</svg>`
    const row = (cells: string[]) =>
      `<table><tr><th scope="row">Members +6 %</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></table>`
    const claim = 'charts come with a table of the same figures'
    expect(
      problemsOf(claim, said, page('/fi/plan/', row(['ei asetettu', 'ei asetettu']) + chart(['0 %', '+6 %']))),
    ).toEqual([
      '/fi/plan/: the chart of "Members +6 %" shows 0 %, +6 %, its table row says "ei asetettu | ei asetettu"',
    ])
    expect(problemsOf(claim, said, page('/fi/plan/', chart(['0 %'])))).toEqual([
      '/fi/plan/: the chart of "Members +6 %" has no row in a table',
    ])
    expect(
      problemsOf(claim, said, page('/fi/plan/', row(['1 000 (2019)', '1 060 (+6 %)']) + chart(['1 000', '1 060']))),
    ).toEqual([])
  })

  test('images have a text alternative', () => {
    const said = statement('Images have a text alternative in the language of the page.')
    expect(problemsOf('images have a text alternative', said, page('/en/x/', '<img src="/a.jpg" alt=" ">'))).toEqual([
      '/en/x/: <img src="/a.jpg"> has no alt text',
    ])
  })

  test('the language menu links to or names every language of the site', () => {
    const said = page(
      '/en/site/accessibility/',
      `${menu(['fi', 'sv'])}<p>Where a page is missing in your language, the language menu says so.</p>`,
    )
    const claim = 'the language menu links or names every language of the site'
    const pages = [said, page('/fi/', menu(['en', 'sv'])), page('/sv/', menu(['fi', 'en']))]
    expect(problemsOf(claim, ...pages, page('/en/x/', menu(['fi'])))).toEqual([
      'the language menu of /en/x/ neither links to nor names sv',
    ])
    expect(problemsOf(claim, ...pages, page('/en/x/', menu(['fi'], ['sv'])))).toEqual([])
  })

  test('languages the menu says are missing are missing', () => {
    const claim = 'languages said to be missing are missing'
    const linkedAndMissing = page('/en/x/', menu(['fi'], ['fi', 'ar']))
    expect(problemsOf(claim, home('fi'), linkedAndMissing)).toEqual([
      'says fi is missing, yet links to it',
      'names ar as missing, but the site has no ar pages',
    ])
  })

  test('a page that says it can be switched to Finnish or Swedish links to both', () => {
    const text =
      '<p>Did you know? You can switch the language of our website to Finnish or Swedish in the language menu.</p>'
    const claim = 'the language can be switched to the languages named'
    expect(problemsOf(claim, page('/en/x/', menu(['fi'], ['sv']) + text))).toEqual([
      'the language menu of /en/x/ has no link to a Swedish (sv) version',
    ])
    expect(problemsOf(claim, page('/en/x/', menu(['fi', 'sv']) + text))).toEqual([])
  })

  test('a link said to be in English leads to an English page', () => {
    const claim = 'links said to be in English lead to English pages'
    const footer = (href: string) =>
      page('/vi/', `<footer><a href="${href}">Thông báo về quyền riêng tư (bằng tiếng Anh)</a></footer>`)
    expect(problemsOf(claim, footer('/vi/site/privacy/'), page('/vi/site/privacy/', '<h1>x</h1>'))).toEqual([
      '"Thông báo về quyền riêng tư (bằng tiếng Anh)" links to /vi/site/privacy/, whose language is vi',
    ])
    expect(problemsOf(claim, footer('/en/site/privacy/'))).toEqual([
      '"Thông báo về quyền riêng tư (bằng tiếng Anh)" links to /en/site/privacy/, which was not built',
    ])
    expect(problemsOf(claim, footer('/en/site/privacy/'), page('/en/site/privacy/', '<h1>x</h1>'))).toEqual([])
  })

  test('a page does not refer to page numbers of the printed document', () => {
    expect(
      problemsOf('no references to numbered pages', page('/fi/plan/', '<p>TES-kierros (lue lisää sivulta 13).</p>')),
    ).toEqual(['"lue lisää sivulta 13" refers to a page of the printed document; the website has no numbered pages'])
  })
})
