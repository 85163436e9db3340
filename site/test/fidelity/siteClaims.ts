import { isLocaleCode, type LocaleCode, localeCodes } from '@union/shared/locales'
import type { DefaultTreeAdapterTypes } from 'parse5'
import { t } from '../../src/i18n/index'
import { attribute, elements } from '../checks/htmlTree'
import { readPageFacts } from '../checks/pageFacts'
import { isSearchPagePath } from '../checks/sitePaths'
import { normaliseText, type PageText, textContent } from './pageText'

type Element = DefaultTreeAdapterTypes.Element

/** A statement a built page makes about the site that the built site shows to be false. */
export type FalseClaim = { claim: string; pages: string[]; statement: string; problems: string[] }

/** What the site as built is: its pages by path and the languages it has a home page in. */
type BuiltSiteView = { pages: readonly PageText[]; page(path: string): PageText | undefined; locales: LocaleCode[] }

type SiteClaim = {
  name: string
  /** The statement by which `page` makes the claim, if it does. */
  statement(page: PageText): string | undefined
  /** 'site': a claim about the whole site, checked once for all pages that state it; 'page': about the page stating it. */
  scope: 'site' | 'page'
  /** What is false about the claim; empty when it holds. */
  verify(site: BuiltSiteView, page: PageText, statement: string): string[]
}

/** The first block of the page whose text matches one of `wordings`: how the page states a claim. */
const statedAs =
  (...wordings: RegExp[]) =>
  (page: PageText): string | undefined =>
    page.lines.find((line) => wordings.some((wording) => wording.test(line.text)))?.text

const localesOfSite = (site: BuiltSiteView, except?: string) => site.locales.filter((code) => code !== except)
const contentPages = (site: BuiltSiteView) => site.pages.filter((page) => !readPageFacts(page.document).isRedirectStub)
const elementsOf = (page: PageText, tagName: string) =>
  [...elements(page.document)].filter((element) => element.tagName === tagName)

const printedPageReferences = [
  /lue lisää sivu(lta|ilta) \d+/i,
  /(read more|see) on page \d+/i,
  /(läs mer på|se) sidan \d+/i,
]

const englishLanguageNames: Record<string, LocaleCode> = {
  Finnish: 'fi',
  Swedish: 'sv',
  English: 'en',
  Estonian: 'et',
  Russian: 'ru',
  Somali: 'so',
  Arabic: 'ar',
  Thai: 'th',
  Vietnamese: 'vi',
}

export const siteClaims: SiteClaim[] = [
  {
    name: 'Arabic pages exist and read right to left',
    statement: statedAs(/\bArabic pages\b/i, /arabiankieliset sivut/i, /arabiska sidor/i),
    scope: 'site',
    verify(site) {
      const arabic = site.pages.filter((page) => page.locale === 'ar')
      if (arabic.length === 0) return ['the site has no Arabic pages: nothing was built under /ar/']
      return arabic.filter((page) => page.dir !== 'rtl').map((page) => `${page.path} has dir="${page.dir ?? ''}"`)
    },
  },
  {
    name: 'every page says its language',
    statement: statedAs(
      /every page says its language/i,
      /jokainen sivu kertoo kielensä/i,
      /varje sida anger sitt språk/i,
    ),
    scope: 'site',
    verify: (site) =>
      contentPages(site)
        .filter((page) => !page.lang || (page.locale !== undefined && page.lang !== page.locale))
        .map((page) => `${page.path} has lang="${page.lang ?? ''}"`),
  },
  {
    name: 'only the search page uses JavaScript',
    statement: statedAs(/without JavaScript/i, /ilman JavaScript/i, /utan JavaScript/i),
    scope: 'site',
    verify: (site) =>
      site.pages
        .filter((page) => !isSearchPagePath(page.path))
        .filter((page) => elementsOf(page, 'script').some((script) => !/json/.test(attribute(script, 'type') ?? '')))
        .map((page) => `${page.path} has a script`),
  },
  {
    name: 'charts come with a table of the same figures',
    statement: statedAs(
      /table that holds the same figures/i,
      /kaavioiden luvut ovat myös taulukkona/i,
      /diagrammens siffror finns också som tabell/i,
    ),
    scope: 'site',
    verify: (site) => site.pages.flatMap((page) => charts(page).flatMap((chart) => chartAgainstTable(page, chart))),
  },
  {
    name: 'images have a text alternative',
    statement: statedAs(
      /images have a text alternative/i,
      /kuvilla on tekstivastine/i,
      /bilderna har en textbeskrivning/i,
    ),
    scope: 'site',
    verify: (site) =>
      site.pages.flatMap((page) =>
        elementsOf(page, 'img')
          .filter((image) => !normaliseText(attribute(image, 'alt') ?? ''))
          .map((image) => `${page.path}: <img src="${attribute(image, 'src') ?? ''}"> has no alt text`),
      ),
  },
  {
    name: 'the language menu links or names every language of the site',
    statement: statedAs(/the language menu says so/i, /kielivalikko kertoo sen/i, /språkmenyn det/i),
    scope: 'site',
    verify: (site) =>
      contentPages(site).flatMap((page) => {
        if (page.locale === undefined) return [] // the root pages are the language chooser itself
        const menu = languageMenu(page)
        return localesOfSite(site, page.locale)
          .filter((code) => !menu.linked.includes(code) && !menu.named.includes(code))
          .map((code) => `the language menu of ${page.path} neither links to nor names ${code}`)
      }),
  },
  {
    name: 'languages said to be missing are missing',
    statement: (page) => languageMenu(page).namedText,
    scope: 'page',
    verify(site, page) {
      const menu = languageMenu(page)
      const alternates = readPageFacts(page.document).hreflangAlternates.map((alternate) => alternate.hreflang)
      return menu.named.flatMap((code) => [
        ...(site.locales.includes(code) ? [] : [`names ${code} as missing, but the site has no ${code} pages`]),
        ...(menu.linked.includes(code) || alternates.includes(code)
          ? [`says ${code} is missing, yet links to it`]
          : []),
      ])
    },
  },
  {
    name: 'the language can be switched to the languages named',
    statement: statedAs(/switch the language of .* to .* in the language menu/i),
    scope: 'page',
    verify(_site, page, statement) {
      const named = /switch the language of .*? to (.*?) in the language menu/i.exec(statement)?.[1] ?? ''
      const linked = languageMenu(page).linked
      return Object.entries(englishLanguageNames)
        .filter(([name]) => new RegExp(`\\b${name}\\b`, 'i').test(named))
        .filter(([, code]) => !linked.includes(code))
        .map(([name, code]) => `the language menu of ${page.path} has no link to a ${name} (${code}) version`)
    },
  },
  {
    name: 'links said to be in English lead to English pages',
    statement: (page) => inEnglishLinks(page)[0]?.text,
    scope: 'page',
    verify: (site, page) =>
      inEnglishLinks(page).flatMap(({ text, href }) => {
        const target = site.page(new URL(href, `http://site${page.path}`).pathname)
        if (!target) return [`"${text}" links to ${href}, which was not built`]
        return target.lang === 'en'
          ? []
          : [`"${text}" links to ${href}, whose language is ${target.lang ?? 'not given'}`]
      }),
  },
  {
    name: 'no references to numbered pages',
    statement: statedAs(...printedPageReferences),
    scope: 'page',
    verify: (_site, page) =>
      printedPageReferences.flatMap((reference) =>
        [...page.text.matchAll(new RegExp(reference.source, 'gi'))].map(
          ([text]) => `"${text}" refers to a page of the printed document; the website has no numbered pages`,
        ),
      ),
  },
]

/**
 * Checks every claim on every page that states it: a site-wide claim once, however many pages
 * state it (they are listed), a claim about a page for each page.
 */
export function checkSiteClaims(pages: readonly PageText[]): FalseClaim[] {
  const byPath = new Map(pages.map((page) => [page.path, page]))
  const site: BuiltSiteView = {
    pages,
    page: (path) => byPath.get(decodeURI(path)) ?? byPath.get(`${decodeURI(path)}/`),
    locales: localeCodes.filter((code) => byPath.has(`/${code}/`)),
  }
  return siteClaims.flatMap((claim) => {
    const stating = pages.flatMap((page) => {
      const statement = claim.statement(page)
      return statement === undefined ? [] : [{ page, statement }]
    })
    const groups =
      claim.scope === 'site'
        ? stating.slice(0, 1).map((first) => ({ ...first, all: stating }))
        : stating.map((one) => ({ ...one, all: [one] }))
    return groups.flatMap(({ page, statement, all }) => {
      const problems = claim.verify(site, page, statement)
      return problems.length === 0
        ? []
        : [{ claim: claim.name, pages: all.map((one) => one.page.path), statement, problems }]
    })
  })
}

/** The language menu: the languages it links to and those it names as not translated. */
function languageMenu(page: PageText): { linked: LocaleCode[]; named: LocaleCode[]; namedText?: string } {
  const labels = new Set(localeCodes.map((code) => t(code, 'languageNavigation')))
  const menu = [...elements(page.document)].find(
    (element) => element.tagName === 'nav' && labels.has(attribute(element, 'aria-label') ?? ''),
  )
  if (!menu) return { linked: [], named: [] }
  const within = [...elements(menu)]
  const codes = (found: Element[], name: string) =>
    found.map((element) => attribute(element, name)).filter((code): code is LocaleCode => isLocaleCode(code))
  const links = within.filter((element) => element.tagName === 'a')
  const namedSpans = within.filter(
    (element) => element.tagName === 'span' && !links.some((link) => [...elements(link)].includes(element)),
  )
  const namedParagraph = within.find(
    (element) => element.tagName === 'p' && [...elements(element)].some((child) => namedSpans.includes(child)),
  )
  return {
    linked: codes(links, 'hreflang'),
    named: codes(namedSpans, 'lang'),
    namedText: namedParagraph ? normaliseText(textContent(namedParagraph)) : undefined,
  }
}

function inEnglishLinks(page: PageText): { text: string; href: string }[] {
  const markers = [...new Set(localeCodes.map((code) => t(code, 'inEnglish')))]
  return elementsOf(page, 'a').flatMap((link) => {
    const text = normaliseText(textContent(link))
    const href = attribute(link, 'href')
    return href && markers.some((marker) => text.includes(marker)) ? [{ text, href }] : []
  })
}

/** Charts: SVG images whose marks carry their values as titles (the data points). */
function charts(page: PageText): { chart: Element; points: string[] }[] {
  return elementsOf(page, 'svg').flatMap((chart) => {
    const points = [...elements(chart)]
      .filter((element) => ['circle', 'rect', 'path'].includes(element.tagName))
      .flatMap((mark) =>
        mark.childNodes.filter((child): child is Element => 'tagName' in child && child.tagName === 'title'),
      )
      .map((markTitle) => normaliseText(textContent(markTitle)))
    return points.length > 0 ? [{ chart, points }] : []
  })
}

/** A chart's data points must each be in the table row of the chart's target, named in the chart's title. */
function chartAgainstTable(page: PageText, { chart, points }: { chart: Element; points: string[] }): string[] {
  const title = chart.childNodes.find((child): child is Element => 'tagName' in child && child.tagName === 'title')
  const target = title ? /"([^"]+)"/.exec(normaliseText(textContent(title)))?.[1] : undefined
  if (!target) return [`${page.path}: a chart names no target in its title`]
  const row = elementsOf(page, 'tr').find((candidate) => {
    const header = [...elements(candidate)].find((cell) => cell.tagName === 'th')
    return header !== undefined && normaliseText(textContent(header)).toLowerCase() === target.toLowerCase()
  })
  if (!row) return [`${page.path}: the chart of "${target}" has no row in a table`]
  const cells = [...elements(row)]
    .filter((cell) => cell.tagName === 'td')
    .map((cell) => normaliseText(textContent(cell)))
  const absent = points.filter((point) => !cells.some((cell) => cell.includes(point)))
  return absent.length === 0
    ? []
    : [`${page.path}: the chart of "${target}" shows ${absent.join(', ')}, its table row says "${cells.join(' | ')}"`]
}
