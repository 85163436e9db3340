import type { LocaleCode } from '@union/shared/locales'
import { richTextFromParagraphs } from '@union/shared/richText/fromText'
import type { PageText } from './pages'
import type { PartnerSeed, PartnerShared } from './partners'
import { capitalize, expectText, matchingSentences, paragraphs, readSource, sourceFiles } from './sourceText'

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
  return [
    [
      'fi',
      { title: text.fi.title, layout: [{ blockType: 'richText', content: richTextFromParagraphs(text.fi.body) }] },
    ],
    [
      'en',
      {
        title: text.en.title,
        layout: [
          { blockType: 'richText', content: richTextFromParagraphs(text.en.body) },
          // The Finnish text has no join call, so only the English page has this block.
          { blockType: 'callToAction', heading: text.en.joinCall, label, url: joinUrl },
        ],
      },
    ],
  ]
}

type Spec = {
  key: string
  shared: PartnerShared
  fi: { name: string; slug: string; sentences: RegExp }
  en: { name: string; slug: string; sentences: RegExp }
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
    fi: {
      name: 'Pohjoismainen kumppanuuskaupunki',
      slug: 'pohjoismainen-kumppanuuskaupunki',
      sentences: /[Pp]ohjoismai/,
    },
    en: { name: 'Nordic partner city', slug: 'nordic-partner-city', sentences: /Nordic/ },
  },
  {
    key: 'finunions',
    shared: { kind: 'representation-office', scope: 'european', relationship: 'follows' },
    fi: { name: 'FinUnions', slug: 'finunions', sentences: /FinUnions/ },
    en: { name: 'FinUnions', slug: 'finunions', sentences: /FinUnion/ },
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
    fi: { name: 'EPSU', slug: 'epsu', sentences: /EPSU/ },
    en: { name: 'European Federation of Public Service Unions', slug: 'epsu', sentences: /EPSU/ },
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
    fi: { name: 'SAK', slug: 'sak', sentences: /SAK/ },
    en: { name: 'The Central Organization of Finnish Trade Unions', slug: 'sak', sentences: /\bSAK\b/ },
  },
  {
    key: 'sttk',
    shared: { abbreviation: 'STTK', country: 'FI', kind: 'confederation', scope: 'national', relationship: 'follows' },
    fi: { name: 'STTK', slug: 'sttk', sentences: /STTK/ },
    en: { name: 'Finnish Confederation of Salaried Employees', slug: 'sttk', sentences: /STTK/ },
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
    fi: { name: 'Suomen ammattiliittojen solidaarisuuskeskus Sask', slug: 'sask', sentences: /Sask/ },
    en: { name: 'Finnish Trade Union Solidarity Center Sask', slug: 'sask', sentences: /Sask/ },
  },
  {
    key: 'finnwatch',
    shared: { country: 'FI', kind: 'ngo', scope: 'global', relationship: 'support', website: 'https://finnwatch.org' },
    fi: { name: 'Finnwatch', slug: 'finnwatch', sentences: /Finnwatch/ },
    en: { name: 'Finnwatch', slug: 'finnwatch', sentences: /Finnwatch/ },
  },
]

export function internationalActivitiesPartners(text: ReturnType<typeof readInternationalActivities>): PartnerSeed[] {
  return specs.map((spec) => ({
    key: spec.key,
    shared: spec.shared,
    texts: (['fi', 'en'] as const).map((locale): [LocaleCode, PartnerSeed['texts'][number][1]] => [
      locale,
      {
        name: spec[locale].name,
        slug: spec[locale].slug,
        description: [matchingSentences(text[locale].body, spec[locale].sentences)],
      },
    ]),
  }))
}
