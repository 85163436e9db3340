import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import { slugify } from '@union/shared/slugs'
import type { PageText } from './pages'
import type { ChannelledFundingSeed, PartnerSeed, PartnerShared, ProjectSeed } from './partners'
import { capitalize, expectText, matchingSentences, readSource, sentences, sourceFiles } from './sourceText'

/**
 * Source 004 (Vietnamese): a 2013 news item of the Vietnam General Confederation of Labour on its
 * international cooperation. One paragraph per line, wrapped in the news site's chrome.
 */

/**
 * The news site's navigation and its date lines are not the article's text. Of the two date lines,
 * the one with a time ("Thứ Bảy, 27/7/2013 15:58'(GMT+7)") is the article's own date; the other
 * ("Thứ Ba, 24/9/2024") is the day the page was saved.
 */
const chrome = [
  /^Phản hồi$/,
  /^Các tin khác$/,
  /^Thư viện ảnh$/,
  /^Liên kết website$/,
  /^Mới nhất$/,
  /^Tuyên truyền$/,
  /^Thứ .+, \d{1,2}\/\d{1,2}\/\d{4}/,
]
/** The article's closing mark "./." (Vietnamese news style) is not part of the sentence. */
const closingMark = /\.\/\.$/
const articleDate = /^Thứ .+, (\d{1,2})\/(\d{1,2})\/(\d{4}) \d{1,2}:\d{2}/

export type VgclCooperationText = { title: string; body: string[]; date: string }

export function readVgclCooperation(dir?: string): VgclCooperationText {
  const all = readSource(sourceFiles.vgclCooperation, dir)
    .split('\n')
    .map((line) => line.trim().replace(closingMark, '.'))
  const [, day = '', month = '', year = ''] =
    all.map((line) => line.match(articleDate)).find(Boolean) ?? expectText('', articleDate, "the article's date")
  const lines = all.filter((line) => line !== '' && !chrome.some((pattern) => pattern.test(line)))
  const [title = '', ...body] = lines
  return { title, body, date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T00:00:00.000Z` }
}

export function vgclCooperationPage(text: VgclCooperationText): [LocaleCode, PageText][] {
  // The title is a whole headline; the menu names the subject in the text's own words
  // ("Thông qua hoạt động hợp tác quốc tế, …").
  const subject = expectText(text.body.join(' '), /hợp tác quốc tế/, 'its subject, international cooperation')[0]
  const [lead = '', ...rest] = text.body
  return [
    [
      'vi',
      {
        title: text.title,
        summary: lead,
        menuLabel: capitalize(subject),
        publishedAt: text.date,
        layout: [{ blockType: 'richText', content: richTextFromParagraphs(rest) }],
      },
    ],
  ]
}

type Spec = {
  key: string
  name: string
  slug?: string
  shared: PartnerShared
  mentions: RegExp
  /** How the sentence on yearly cooperation names this partner alone, when it names it. */
  yearly?: string
}

/**
 * The partners the article names, with the name it uses. "Liên hiệp Công đoàn Đức và Bộ Kinh tế -
 * Phát triển Đức" are the German trade union confederation (DGB) and the German development ministry
 * (BMZ); "dự án BSPS của Chính phủ Đan Mạch" is the Danish government's BSPS programme. SAK is
 * VGCL's own document, apart from JHL's: the article names it only as a funder.
 */
const specs: Spec[] = [
  {
    key: 'ilo',
    name: 'Tổ chức Lao động Quốc tế',
    slug: 'ilo',
    mentions: /ILO/,
    yearly: 'Tổ chức Lao động Quốc tế (ILO)',
    shared: {
      abbreviation: 'ILO',
      kind: 'intergovernmental-organisation',
      scope: 'global',
      relationship: 'cooperation',
      website: 'https://www.ilo.org',
    },
  },
  {
    key: 'fes',
    name: 'Viện FES',
    slug: 'fes',
    mentions: /FES/,
    yearly: 'Viện FES',
    shared: {
      abbreviation: 'FES',
      country: 'DE',
      kind: 'foundation',
      scope: 'global',
      relationship: 'cooperation',
      website: 'https://www.fes.de',
    },
  },
  {
    key: 'apheda',
    name: 'Cơ quan viện trợ Hải ngoại Công đoàn Úc – APHEDA',
    slug: 'apheda',
    mentions: /APHEDA/,
    shared: { abbreviation: 'APHEDA', country: 'AU', kind: 'ngo', scope: 'global', relationship: 'funding' },
  },
  {
    key: 'sak',
    name: 'Tổng Công đoàn Phần Lan',
    slug: 'sak',
    mentions: /\(SAK\)/,
    shared: {
      abbreviation: 'SAK',
      country: 'FI',
      kind: 'confederation',
      scope: 'national',
      relationship: 'funding',
      website: 'https://www.sak.fi',
    },
  },
  {
    key: 'lo-ftf',
    name: 'Hội đồng hợp tác Công đoàn Đan Mạch',
    slug: 'lo-ftf',
    mentions: /LO\/FTF/,
    shared: { abbreviation: 'LO/FTF', country: 'DK', kind: 'ngo', scope: 'global', relationship: 'funding' },
  },
  {
    key: 'japanese-seafarers',
    name: 'Công đoàn Thủy thủ Nhật Bản',
    mentions: /Thủy thủ Nhật Bản/,
    yearly: 'Công đoàn Thủy thủ Nhật Bản',
    shared: { country: 'JP', kind: 'union', scope: 'national', relationship: 'cooperation' },
  },
  {
    // "Công đoàn các nước Na Uy, Thụy Điển": the unions of Norway and of Sweden.
    key: 'norwegian-unions',
    name: 'Công đoàn Na Uy',
    mentions: /Na Uy/,
    yearly: 'Công đoàn Na Uy',
    shared: { country: 'NO', kind: 'union', scope: 'national', relationship: 'cooperation' },
  },
  {
    key: 'swedish-unions',
    name: 'Công đoàn Thụy Điển',
    mentions: /Thụy Điển/,
    yearly: 'Công đoàn Thụy Điển',
    shared: { country: 'SE', kind: 'union', scope: 'national', relationship: 'cooperation' },
  },
  {
    key: 'bsps',
    name: 'Dự án BSPS của Chính phủ Đan Mạch',
    slug: 'bsps',
    mentions: /BSPS/,
    yearly: 'dự án BSPS của Chính phủ Đan Mạch',
    shared: {
      abbreviation: 'BSPS',
      country: 'DK',
      kind: 'government-agency',
      scope: 'national',
      relationship: 'cooperation',
    },
  },
  {
    key: 'dgb',
    name: 'Liên hiệp Công đoàn Đức',
    slug: 'dgb',
    mentions: /Liên hiệp Công đoàn Đức/,
    shared: { abbreviation: 'DGB', country: 'DE', kind: 'confederation', scope: 'national', relationship: 'funding' },
  },
  {
    key: 'bmz',
    name: 'Bộ Kinh tế - Phát triển Đức',
    slug: 'bmz',
    mentions: /Bộ Kinh tế - Phát triển Đức/,
    shared: {
      abbreviation: 'BMZ',
      country: 'DE',
      kind: 'government-agency',
      scope: 'national',
      relationship: 'funding',
    },
  },
]

/**
 * The projects sentence lists projects separated by semicolons: title in quotes, "tại …" (in),
 * before or after "do … tài trợ" (funded by …). The third adds "Ủy ban Châu Âu tài trợ thông qua
 * LO/FTF tại Khánh Hòa": the European Commission, which is no partner, funded it through LO/FTF,
 * there. Which partner holds each project (its first funder) and who funded it is written here,
 * checked against the clause; the site shows a project under every partner it names.
 */
const projectSpecs: { holder: string; funders: string[]; through?: string }[] = [
  { holder: 'dgb', funders: ['dgb', 'bmz'] },
  { holder: 'ilo', funders: ['ilo'] },
  { holder: 'apheda', funders: ['apheda', 'sak'], through: 'lo-ftf' },
]

/** "…, Ủy ban Châu Âu tài trợ thông qua Hội đồng … (LO/FTF) tại Khánh Hòa…" */
const channelled = /, ([^,]+?) tài trợ thông qua (.+?)(?: tại (.+?))?…?$/
/** "… do A và B tài trợ" */
const fundedBy = / do (.+?) tài trợ/
/** "Tổng Liên đoàn … hợp tác hàng năm với A, B, … và F." */
const yearlySentence = /^(Tổng Liên đoàn Lao động Việt Nam tiếp tục triển khai .+ hàng năm với) (.+)\.$/

type Project = ProjectSeed & { holder: string; funding: { partner: string; sentence: string }[] }

export function vgclCooperationPartners(text: VgclCooperationText): PartnerSeed[] {
  const projects = readProjects(text)
  const [, yearlyHead = '', yearlyList = ''] = expectText(
    text.body.flatMap(sentences).find((sentence) => yearlySentence.test(sentence)) ?? '',
    yearlySentence,
    'the partners of yearly cooperation',
  )
  return specs.map((spec) => {
    if (spec.yearly && !spec.mentions.test(yearlyList))
      throw new Error(`Source 004: the yearly cooperation no longer names "${spec.key}"`)
    const description = [
      ...(spec.yearly ? [`${yearlyHead} ${spec.yearly}.`] : []),
      ...projects.flatMap((project) => project.funding.filter((f) => f.partner === spec.key).map((f) => f.sentence)),
    ]
    if (description.length === 0) throw new Error(`Source 004 says nothing of partner "${spec.key}" alone`)
    const items = projects
      .filter((project) => project.holder === spec.key)
      .map(({ holder: _, funding: __, ...project }) => project)
    return {
      key: spec.key,
      shared: spec.shared,
      texts: [['vi', { name: spec.name, slug: spec.slug ?? slugify(spec.name), description }]],
      ...(items.length > 0 ? { projects: { locale: 'vi' as const, items } } : {}),
    }
  })
}

/**
 * The projects, each with the sentence its every funder gets as its own description ("A tài trợ
 * dự án “…”."). The article's closing sentence on what "the projects and programmes" achieved is
 * about all of them together, so no project has an outcome of its own.
 */
function readProjects(text: VgclCooperationText): Project[] {
  const cooperation = text.body.filter((paragraph) => paragraph.includes('dự án'))
  const clauses = matchingSentences(cooperation, /^Đó là các dự án/)
    .split(';')
    .map((clause) => clause.trim())
  if (clauses.length !== projectSpecs.length) throw new Error(`Source 004: expected ${projectSpecs.length} projects`)
  return clauses.map((clause, index) => {
    const spec = projectSpecs[index] as (typeof projectSpecs)[number]
    const title = expectText(clause, /["“]([^"”]+)["”]/, `the title of project ${index + 1}`)[1] ?? ''
    const channel = clause.match(channelled)
    const direct = channel ? clause.slice(0, channel.index) : clause
    const funderNames = expectText(direct, fundedBy, `the funders of project ${index + 1}`)[1]?.split(' và ') ?? []
    const funding = spec.funders.map((key) => {
      const name = funderNames.find((candidate) => specOf(key).mentions.test(candidate))
      if (!name) throw new Error(`Source 004: project ${index + 1} does not name funder "${key}"`)
      return { partner: key, sentence: `${name} tài trợ dự án “${title}”.` }
    })
    const fundedThrough: ChannelledFundingSeed[] = []
    if (spec.through) {
      const [, funder = '', intermediary = '', at] =
        channel ?? expectText('', channelled, `the funding through ${spec.through}`)
      if (!specOf(spec.through).mentions.test(intermediary))
        throw new Error(`Source 004: project ${index + 1} is not funded through "${spec.through}"`)
      fundedThrough.push({ funder, intermediary: spec.through, places: at ? placeList(at) : [] })
      funding.push({
        partner: spec.through,
        sentence: `${funder} tài trợ dự án “${title}” thông qua ${intermediary}${at ? ` tại ${at}` : ''}.`,
      })
    }
    return { holder: spec.holder, title, funders: spec.funders, fundedThrough, places: places(direct), funding }
  })
}

function specOf(key: string): Spec {
  const spec = specs.find((candidate) => candidate.key === key)
  if (!spec) throw new Error(`No partner "${key}" in source 004`)
  return spec
}

/**
 * Where a project ran: "tại …" before "do … tài trợ" or after it. "3 tỉnh, thành phố" (three
 * provinces and cities) counts places without naming them, and is kept as the source says it.
 */
function places(clause: string): string[] {
  const named = clause.match(/["”] tại (.+?) do /)?.[1] ?? clause.match(/ tài trợ tại (.+?)…?$/)?.[1]
  if (!named) return []
  return /^\d/.test(named) ? [named] : placeList(named)
}

/** "thành phố Hồ Chí Minh, Bình Dương và Đồng Nai" → three places. */
function placeList(named: string): string[] {
  return named
    .replace(/…$/, '')
    .split(/, | và /)
    .map((place) => capitalize(place.trim()))
    .filter((place) => place !== '')
}
