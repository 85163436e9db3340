import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { regionValues } from '@union/shared/regions'
import type { ContentSnapshot } from '../../site/src/loader/snapshot'

/**
 * A synthetic site for benchmarks: `count` regional networks, each translated into fi, sv and en,
 * with about `words` words of Lexical rich text per locale, as a content snapshot (content.json),
 * so builds can be measured without a database. Deterministic: the same arguments give the same file.
 */
export const syntheticLocales = ['fi', 'sv', 'en'] as const

const vocabulary: Record<(typeof syntheticLocales)[number], string[]> = {
  fi: 'ammattiliitto jäsen verkosto kokous työpaikka sopimus palkka turvallisuus yhteistyö alue koulutus neuvottelu luottamusmies tasa-arvo vaikuttaminen toiminta vuosi kunta hoitaja opettaja'.split(
    ' ',
  ),
  sv: 'fackförbund medlem nätverk möte arbetsplats avtal lön säkerhet samarbete region utbildning förhandling förtroendeman jämställdhet påverkan verksamhet år kommun vårdare lärare'.split(
    ' ',
  ),
  en: 'union member network meeting workplace agreement pay safety cooperation region training negotiation steward equality influence activity year municipality carer teacher'.split(
    ' ',
  ),
}

/** A small deterministic pseudo-random sequence (mulberry32), so corpora are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const nodeBase = { format: '', indent: 0, version: 1, direction: 'ltr' }
const textNode = (text: string, format = 0) => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** About `words` words as Lexical JSON: a heading, paragraphs of 40–70 words, some bold, a short list. */
export function syntheticRichText(locale: (typeof syntheticLocales)[number], words: number, seed: number) {
  const next = random(seed)
  const pick = () => vocabulary[locale][Math.floor(next() * vocabulary[locale].length)]!
  const sentence = (length: number) => Array.from({ length }, pick).join(' ')
  const children: unknown[] = [{ ...nodeBase, type: 'heading', tag: 'h2', children: [textNode(sentence(4))] }]
  let written = 4
  while (written < words) {
    const length = Math.min(40 + Math.floor(next() * 30), words - written)
    const bold = Math.floor(length / 3)
    children.push({
      ...nodeBase,
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      children: [
        textNode(`${sentence(bold)} `),
        textNode(sentence(3), 1),
        textNode(` ${sentence(length - bold - 3)}.`),
      ],
    })
    written += length
    if (children.length === 4) {
      const items = [1, 2, 3].map((value) => ({
        ...nodeBase,
        type: 'listitem',
        value,
        children: [textNode(sentence(5))],
      }))
      children.push({ ...nodeBase, type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: items })
      written += 15
    }
  }
  return { root: { ...nodeBase, type: 'root', children } }
}

const names: Record<(typeof syntheticLocales)[number], string> = { fi: 'Verkosto', sv: 'Nätverket', en: 'Network' }

export function syntheticNetwork(id: number, locale: (typeof syntheticLocales)[number], words: number) {
  return {
    id,
    name: `${names[locale]} ${id}`,
    slug: `${names[locale].toLowerCase().replace('ä', 'a')}-${id}`,
    acronym: null,
    acronymExpansion: null,
    acronymMeaning: null,
    region: regionValues[id % regionValues.length],
    founded: `${1990 + (id % 30)}-0${1 + (id % 9)}-01T00:00:00.000Z`,
    meetingCadence: { frequency: null, note: null },
    chairs: [],
    contactPersons: [],
    howToJoin: null,
    hasRegionalGroupRepresentative: id % 2 === 0,
    socialLinks: [],
    description: syntheticRichText(locale, words, id * 31 + locale.length),
    image: null,
    seo: { title: null, description: null, image: null },
    translatedLocales: [...syntheticLocales],
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    _status: 'published',
  }
}

/** A content page listing (the first ten) networks, so a network's change also reaches a content page. */
export function syntheticPage(locale: (typeof syntheticLocales)[number]) {
  return {
    id: 1,
    title: `${names[locale]}s`,
    slug: `all-${names[locale].toLowerCase().replace('ä', 'a')}s`,
    parent: null,
    summary: null,
    layout: [
      { blockType: 'richText', content: syntheticRichText(locale, 60, 7) },
      { blockType: 'collectionList', heading: null, source: 'regional-networks', limit: 10 },
    ],
    seo: { title: null, description: null, image: null },
    translatedLocales: [...syntheticLocales],
    updatedAt: '2026-01-01T00:00:00.000Z',
    _status: 'published',
  }
}

export function syntheticSnapshot(count: number, words = 400): ContentSnapshot {
  const perLocale = <T>(make: (locale: (typeof syntheticLocales)[number]) => T) =>
    Object.fromEntries(syntheticLocales.map((locale) => [locale, make(locale)]))
  const settings = (locale: (typeof syntheticLocales)[number]) => ({
    organisation: { name: `${names[locale]} Union`, shortName: null, logo: null, website: null },
    navigation: [],
    footer: null,
    joinLink: null,
    _status: 'published',
  })
  return {
    source: `synthetic: ${count} networks × ${syntheticLocales.length} locales, ~${words} words each`,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    collections: {
      'regional-networks': perLocale((locale) =>
        Array.from({ length: count }, (_, index) => syntheticNetwork(index + 1, locale, words)),
      ),
      'international-partners': {},
      'action-plans': {},
      'action-plan-targets': {},
      pages: perLocale((locale) => [syntheticPage(locale)]),
    },
    siteSettings: perLocale(settings),
  }
}

/** Writes content.json into `folder` and returns its path. */
export async function writeSyntheticSnapshot(folder: string, count: number, words = 400): Promise<string> {
  await mkdir(folder, { recursive: true })
  const file = join(folder, 'content.json')
  await writeFile(file, JSON.stringify(syntheticSnapshot(count, words)))
  return file
}
