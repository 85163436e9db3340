import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import { slugify } from '@union/shared/slugs'
import type { PageText } from './pages'
import type { PartnerSeed, PartnerShared, ProjectSeed } from './partners'
import { capitalize, expectText, indexOf, matchingSentences, readSource, sentences, sourceFiles } from './sourceText'

/**
 * Source 004 (Vietnamese): a 2013 news item of the Vietnam General Confederation of Labour on its
 * international cooperation. One paragraph per line, wrapped in the news site's chrome.
 */

/** The news site's navigation and the date lines ("Thứ Bảy, 27/7/2013 15:58'(GMT+7)") are not the article. */
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

export function readVgclCooperation(dir?: string): { title: string; body: string[] } {
  const lines = readSource(sourceFiles.vgclCooperation, dir)
    .split('\n')
    .map((line) => line.trim().replace(closingMark, '.'))
    .filter((line) => line !== '' && !chrome.some((pattern) => pattern.test(line)))
  const [title = '', ...body] = lines
  return { title, body }
}

export function vgclCooperationPage(text: ReturnType<typeof readVgclCooperation>): [LocaleCode, PageText][] {
  return [
    ['vi', { title: text.title, layout: [{ blockType: 'richText', content: richTextFromParagraphs(text.body) }] }],
  ]
}

type Spec = { key: string; name: string; slug?: string; shared?: PartnerShared; mentions: RegExp }

/**
 * The partners the article names, with the name it uses. "Liên hiệp Công đoàn Đức và Bộ Kinh tế -
 * Phát triển Đức" are the German trade union confederation (DGB) and the German development ministry
 * (BMZ); "dự án BSPS của Chính phủ Đan Mạch" is the Danish government's BSPS programme.
 */
const specs: Spec[] = [
  {
    key: 'ilo',
    name: 'Tổ chức Lao động Quốc tế',
    slug: 'ilo',
    mentions: /ILO/,
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
  // SAK is the same document as in source 000, which gives its kind and relationship.
  {
    key: 'sak',
    name: 'Tổng Công đoàn Phần Lan',
    slug: 'sak',
    shared: {
      abbreviation: 'SAK',
      country: 'FI',
      kind: 'confederation',
      scope: 'national',
      relationship: 'cooperation',
    },
    mentions: /\(SAK\)/,
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
    shared: { country: 'JP', kind: 'union', scope: 'national', relationship: 'cooperation' },
  },
  {
    key: 'norwegian-unions',
    name: 'Công đoàn Na Uy',
    mentions: /Na Uy/,
    shared: { country: 'NO', kind: 'union', scope: 'national', relationship: 'cooperation' },
  },
  {
    key: 'swedish-unions',
    name: 'Công đoàn Thụy Điển',
    mentions: /Thụy Điển/,
    shared: { country: 'SE', kind: 'union', scope: 'national', relationship: 'cooperation' },
  },
  {
    key: 'bsps',
    name: 'Dự án BSPS của Chính phủ Đan Mạch',
    slug: 'bsps',
    mentions: /BSPS/,
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
 * The projects sentence lists projects separated by semicolons: title in quotes, "do … tài trợ"
 * (funded by) and "tại …" (in). Which partner holds each project and which funded it is written
 * here, checked against the clause; the third clause's European Commission money came "thông qua"
 * (through) LO/FTF, so LO/FTF counts as its funder.
 */
const projectSpecs = [
  { holder: 'dgb', funders: ['dgb', 'bmz'] },
  { holder: 'ilo', funders: ['ilo'] },
  { holder: 'sak', funders: ['apheda', 'sak', 'lo-ftf'] },
]

export function vgclCooperationPartners(text: ReturnType<typeof readVgclCooperation>): PartnerSeed[] {
  // Only the paragraphs about projects ("dự án") name partners one by one.
  const cooperation = text.body.filter((paragraph) => paragraph.includes('dự án'))
  const projectsSentence = matchingSentences(cooperation, /^Đó là các dự án/)
  const outcomeParagraph = text.body[indexOf(text.body, /Các dự án, chương trình hợp tác quốc tế đã góp phần/)] ?? ''
  const outcome = sentences(outcomeParagraph).find((sentence) => sentence.startsWith('Các dự án'))
  const clauses = projectsSentence.split(';').map((clause) => clause.trim())
  if (clauses.length !== projectSpecs.length) throw new Error(`Source 004: expected ${projectSpecs.length} projects`)
  const projects = new Map<string, ProjectSeed[]>()
  clauses.forEach((clause, index) => {
    const spec = projectSpecs[index] as (typeof projectSpecs)[number]
    for (const funder of spec.funders) {
      const mentions = specs.find((candidate) => candidate.key === funder)?.mentions
      if (!mentions?.test(clause)) throw new Error(`Source 004: project ${index + 1} does not name funder "${funder}"`)
    }
    const title = expectText(clause, /["“]([^"”]+)["”]/, `the title of project ${index + 1}`)[1] ?? ''
    const project = { title, funders: spec.funders, places: places(clause), outcome }
    projects.set(spec.holder, [...(projects.get(spec.holder) ?? []), project])
  })
  return specs.map((spec) => {
    const items = projects.get(spec.key)
    return {
      key: spec.key,
      shared: spec.shared,
      texts: [
        [
          'vi',
          {
            name: spec.name,
            slug: spec.slug ?? slugify(spec.name),
            description: [matchingSentences(cooperation, spec.mentions)],
          },
        ],
      ],
      ...(items ? { projects: { locale: 'vi' as const, items } } : {}),
    }
  })
}

/** "tại thành phố Hồ Chí Minh, Bình Dương và Đồng Nai" → three places; the last "tại" of a clause names them. */
function places(clause: string): string[] {
  const at = clause.lastIndexOf(' tại ')
  if (at === -1) return []
  const named = clause.slice(at + 5).replace(/…$/, '')
  // "3 tỉnh, thành phố" (three provinces and cities) counts places without naming them.
  if (/^\d/.test(named)) return []
  return named
    .split(/, | và /)
    .map((place) => capitalize(place.trim()))
    .filter((place) => place !== '')
}
