import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import type { PageText } from './pages'
import type { PartnerSeed, PartnerShared, PartnerText } from './partners'
import { capitalize, expectText, matchingSentences, paragraphs, readSource, sentences, sourceFiles } from './sourceText'

/**
 * Source 000: Helsingin yhteisjärjestö JHL's "International activities", first in Finnish, then
 * the same in English. Each half starts with its title, the only paragraph without a full stop;
 * the English half ends with the call "Join us and become a member!".
 */

type Half = { title: string; body: string[] }

/** JHL's own site; the source's join call has no address of its own. */
const joinUrl = 'https://www.jhl.fi'

export function readInternationalActivities(dir?: string): { fi: Half; en: Half & { joinCall: string } } {
  // The web page repeats some link texts ("Saskin Saskin", "Finnwatch Finnwatch"): keep one.
  const source = paragraphs(readSource(sourceFiles.internationalActivities, dir)).map((p) =>
    p.replace(/(?<!\p{L})(\p{L}+) \1(?!\p{L})/gu, '$1'),
  )
  const titles = source.flatMap((p, index) => (/^[^.!?]+$/.test(p) ? [index] : []))
  const [fiStart, enStart] = titles
  if (fiStart !== 0 || enStart === undefined || titles.length !== 2)
    throw new Error('Source 000: expected a Finnish and an English title')
  const english = source.slice(enStart)
  const joinCall = english.at(-1) ?? ''
  expectText(joinCall, /become a member!$/, 'the join call')
  return {
    fi: { title: source[0] ?? '', body: source.slice(1, enStart) },
    en: { title: english[0] ?? '', body: english.slice(1, -1), joinCall },
  }
}

export function internationalActivitiesPage(
  text: ReturnType<typeof readInternationalActivities>,
): [LocaleCode, PageText][] {
  const label = capitalize(expectText(text.en.joinCall, /become a member/, 'the join call')[0])
  // Each half opens with one sentence of what the page is about: its summary.
  const [fiSummary, ...fiBody] = text.fi.body
  const [enSummary, ...enBody] = text.en.body
  return [
    [
      'fi',
      {
        title: text.fi.title,
        summary: fiSummary,
        layout: [{ blockType: 'richText', content: richTextFromParagraphs(fiBody) }],
      },
    ],
    [
      'en',
      {
        title: text.en.title,
        summary: enSummary,
        layout: [
          { blockType: 'richText', content: richTextFromParagraphs(enBody) },
          // The Finnish text has no join call, so only the English page has this block.
          { blockType: 'callToAction', heading: text.en.joinCall, label, url: joinUrl },
        ],
      },
    ],
  ]
}

type PartnerKey = 'nordic-partner-city' | 'finunions' | 'epsu' | 'sak' | 'sttk' | 'sask' | 'finnwatch'

type Spec = {
  key: PartnerKey
  shared: PartnerShared
  fi: { name: string; slug: string }
  en: { name: string; slug: string }
}

/**
 * The partners the text names. Kind, scope and relationship follow its sentences: "Haemme
 * kumppanuuskaupunkia" (a sought Nordic city), "Seuraamme EU:n työelämän asioita … FinUnionsin sekä
 * … EPSUn kautta" (followed), "Tuemme … Saskin ja … Finnwatchin toimintaa" (supported).
 */
const specs: Spec[] = [
  {
    key: 'nordic-partner-city',
    shared: { kind: 'city', scope: 'nordic', relationship: 'cooperation', status: 'sought' },
    fi: { name: 'Pohjoismainen kumppanuuskaupunki', slug: 'pohjoismainen-kumppanuuskaupunki' },
    en: { name: 'Nordic partner city', slug: 'nordic-partner-city' },
  },
  {
    key: 'finunions',
    shared: { kind: 'representation-office', scope: 'european', relationship: 'follows' },
    fi: { name: 'FinUnions', slug: 'finunions' },
    en: { name: 'FinUnions', slug: 'finunions' },
  },
  {
    key: 'epsu',
    shared: {
      abbreviation: 'EPSU',
      kind: 'federation',
      scope: 'european',
      relationship: 'follows',
      website: 'https://www.epsu.org',
    },
    fi: { name: 'EPSU', slug: 'epsu' },
    en: { name: 'European Federation of Public Service Unions', slug: 'epsu' },
  },
  {
    key: 'sak',
    // "JHL is a member organisation of SAK." (source 001)
    shared: {
      abbreviation: 'SAK',
      country: 'FI',
      kind: 'confederation',
      scope: 'national',
      relationship: 'member-of',
      website: 'https://www.sak.fi',
    },
    fi: { name: 'SAK', slug: 'sak' },
    en: { name: 'The Central Organization of Finnish Trade Unions', slug: 'sak' },
  },
  {
    key: 'sttk',
    shared: { abbreviation: 'STTK', country: 'FI', kind: 'confederation', scope: 'national', relationship: 'follows' },
    fi: { name: 'STTK', slug: 'sttk' },
    en: { name: 'Finnish Confederation of Salaried Employees', slug: 'sttk' },
  },
  {
    key: 'sask',
    shared: {
      abbreviation: 'Sask',
      country: 'FI',
      kind: 'ngo',
      scope: 'global',
      relationship: 'support',
      website: 'https://www.sask.fi',
    },
    fi: { name: 'Suomen ammattiliittojen solidaarisuuskeskus Sask', slug: 'sask' },
    en: { name: 'Finnish Trade Union Solidarity Center Sask', slug: 'sask' },
  },
  {
    key: 'finnwatch',
    shared: { country: 'FI', kind: 'ngo', scope: 'global', relationship: 'support', website: 'https://finnwatch.org' },
    fi: { name: 'Finnwatch', slug: 'finnwatch' },
    en: { name: 'Finnwatch', slug: 'finnwatch' },
  },
]

/**
 * How each half of the text words what concerns several partners at once, so that every partner
 * gets the part about itself: "Seuraamme … [FinUnionsin] sekä [EPSUn] kautta" becomes one sentence
 * for FinUnions and one for EPSU. SAK and STTK appear only as the two confederations behind
 * FinUnions, which is what their descriptions say.
 */
const wording = {
  fi: {
    nordic: /[Pp]ohjoismai/,
    follows:
      /^(Seuraamme EU:n työelämän asioita) (SAK:n ja STTK:n Brysselin edustuston FinUnionsin) sekä (.+ EPSUn) kautta\.$/,
    through: (head: string, partner: string) => `${head} ${partner} kautta.`,
    supports: /^(Tuemme muun muassa) (.+ Saskin) ja (.+ Finnwatchin) toimintaa\.$/,
    supported: (head: string, partner: string) => `${head} ${partner} toimintaa.`,
    behindFinUnions: (name: string, other: string) =>
      `${name} ylläpitää yhdessä ${other}:n kanssa Brysselin edustustoa FinUnionsia, jonka kautta seuraamme EU:n työelämän asioita.`,
  },
  en: {
    nordic: /Nordic/,
    follows:
      /^(We follow the EU labour and working life issues through) (FinUnion representation \(.+ SAK and .+ STTK\)) as well as (.+ EPSU)\.$/,
    through: (head: string, partner: string) => `${head} ${partner}.`,
    supports: /^(We support the activities of) (the .+ Sask) and (.+ Finnwatch)\.$/,
    supported: (head: string, partner: string) => `${head} ${partner}.`,
    behindFinUnions: (name: string, other: string) =>
      `${name} is one of the two confederations behind the FinUnion representation (with ${other}), through which we follow the EU labour and working life issues.`,
  },
} as const

function descriptions(body: string[], locale: 'fi' | 'en'): Record<PartnerKey, string[]> {
  const words = wording[locale]
  const all = body.flatMap(sentences)
  const sentence = (pattern: RegExp, what: string) =>
    expectText(all.find((candidate) => pattern.test(candidate)) ?? '', pattern, `${what} (${locale})`)
  const [, followHead = '', finunions = '', epsu = ''] = sentence(words.follows, 'whom we follow EU matters through')
  const [, supportHead = '', sask = '', finnwatch = ''] = sentence(words.supports, 'whom we support')
  return {
    'nordic-partner-city': [matchingSentences(body, words.nordic)],
    finunions: [words.through(followHead, finunions)],
    epsu: [words.through(followHead, epsu)],
    sak: [words.behindFinUnions('SAK', 'STTK')],
    sttk: [words.behindFinUnions('STTK', 'SAK')],
    sask: [words.supported(supportHead, sask)],
    finnwatch: [words.supported(supportHead, finnwatch)],
  }
}

export function internationalActivitiesPartners(text: ReturnType<typeof readInternationalActivities>): PartnerSeed[] {
  const described = { fi: descriptions(text.fi.body, 'fi'), en: descriptions(text.en.body, 'en') }
  return specs.map((spec) => ({
    key: spec.key,
    shared: spec.shared,
    texts: (['fi', 'en'] as const).map((locale): [LocaleCode, PartnerText] => [
      locale,
      { ...spec[locale], description: described[locale][spec.key] },
    ]),
  }))
}
