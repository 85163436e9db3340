import { type RegionValue, regions } from '@union/shared/regions'
import { richTextFromBlocks, richTextFromParagraphs } from '@union/shared/richText/fromText'
import { slugify } from '@union/shared/slugs'
import type { MeetingFrequency } from '@union/shared/vocabulary'
import { bySlug, ensureDocument, type ID, type Lookup, type SeedContext } from './documents'
import { type NetworkText, readImmigrantActivities } from './immigrantActivitiesText'
import { ensurePage, type SeededPage } from './pages'
import { sentences } from './sourceText'

/** Source 001 (English): contacts, JHL's regional immigrant networks and the page on immigrant activities. */

type ContactSpec = { name: string; network: string; as: 'chair' | 'contact' }

/**
 * People the text names. Personal data: only the chairs, whom the network's own description names
 * ("David Delahunty and Natalia Lomp are the chairs of the network."), are publishable; the others
 * appear only in a "contact …" line, which is no consent to be published.
 */
const contactSpecs: ContactSpec[] = [
  { name: 'Isto Mäkelä', network: 'Jalla-Jalla!', as: 'contact' },
  { name: 'Toni Sorsa', network: 'Eastern Finland’s immigrant network', as: 'contact' },
  { name: 'Marja Karmala', network: 'Eastern Finland’s immigrant network', as: 'contact' },
  { name: 'David Delahunty', network: 'OuVer', as: 'chair' },
  { name: 'Natalia Lomp', network: 'OuVer', as: 'chair' },
]

const roleNames = { chair: 'Chair', contact: 'Contact person' } as const

/** The cadence notes the text uses ("KaMuT gets together about once a month"). */
const frequencies: Record<string, MeetingFrequency> = {
  'about once a month': 'monthly',
  'every couple of months': 'bimonthly',
}

export async function seedImmigrantActivities(ctx: SeedContext, dir?: string): Promise<SeededPage> {
  const text = readImmigrantActivities(dir)
  const contactIds = new Map<string, ID>()
  for (const spec of contactSpecs) contactIds.set(spec.name, await ensureContact(ctx, spec, text.networks))
  const privateNames = contactSpecs.filter((spec) => spec.as !== 'chair').map((spec) => spec.name)
  for (const network of text.networks) await ensureNetwork(ctx, network, contactIds, privateNames)
  return ensurePage(ctx, [
    [
      'en',
      {
        // The document has no title line; the README names it "Immigrant activities".
        title: 'Immigrant activities',
        summary: text.summary,
        layout: [
          { blockType: 'richText', content: richTextFromBlocks(text.intro) },
          { blockType: 'collectionList', source: 'regional-networks' },
          { blockType: 'richText', content: richTextFromBlocks(text.outro) },
          // "You can contact our specialists …:" names no one; the site shows it only with a contact after it.
          { blockType: 'contactCard', heading: text.contact.heading, intro: text.contact.intro, contacts: [] },
        ],
      },
    ],
  ])
}

async function ensureContact(ctx: SeedContext, spec: ContactSpec, networks: NetworkText[]): Promise<ID> {
  const network = networks.find((candidate) => candidate.name === spec.network)
  const said = network?.said ?? ''
  if (!said.includes(spec.name)) throw new Error(`Source 001 no longer names ${spec.name} under ${spec.network}`)
  // "Contact Isto Mäkelä:, 050 433 1590."
  const phone = said.match(new RegExp(`${spec.name}\\W+(0\\d{2} \\d{3} \\d{4})`))?.[1]
  const { id } = await ensureDocument(ctx, {
    collection: 'contacts',
    label: spec.name,
    lookups: [{ locale: 'en', where: { name: { equals: spec.name } } }],
    shared: { name: spec.name, publishable: spec.as === 'chair', ...(phone ? { phone } : {}) },
    texts: [['en', { role: roleNames[spec.as] }]],
  })
  return id
}

async function ensureNetwork(
  ctx: SeedContext,
  network: NetworkText,
  contactIds: Map<string, ID>,
  privateNames: string[],
): Promise<void> {
  const people = (as: ContactSpec['as']) =>
    contactSpecs
      .filter((spec) => spec.network === network.name && spec.as === as)
      .map((spec) => contactIds.get(spec.name))
  const frequency = network.cadenceNote ? frequencies[network.cadenceNote] : undefined
  if (network.cadenceNote && !frequency) throw new Error(`No meeting frequency for "${network.cadenceNote}"`)
  const enSlug = slugify(network.name.replace(/['’]/g, ''))
  const contactNames = contactSpecs
    .filter((spec) => spec.network === network.name && spec.as === 'contact')
    .map((spec) => spec.name)
  const english = {
    name: network.name,
    slug: enSlug,
    acronymMeaning: network.acronymMeaning,
    meetingCadence: { frequency, note: network.cadenceNote },
    description: richTextFromParagraphs(withoutNames(network.description, privateNames)),
    howToJoin: richTextFromParagraphs(withoutNames(network.howToJoin, privateNames)),
    contactPrompt: network.contactPrompt && promptWithoutNames(network.contactPrompt, contactNames),
  }
  // Finnish is the default locale and an acronym is the network's proper name in every language,
  // so the Finnish name is the acronym; the network is still translated only into English.
  const finnish = network.acronym ? { name: network.acronym, slug: slugify(network.acronym) } : undefined
  const lookups: Lookup[] = [...(finnish ? [bySlug('fi', finnish.slug)] : []), bySlug('en', enSlug)]
  await ensureDocument(ctx, {
    collection: 'regional-networks',
    label: network.name,
    lookups,
    shared: {
      acronym: network.acronym,
      acronymExpansion: network.acronymExpansion,
      region: regionOf(network.description[0] ?? ''),
      founded: network.founded,
      chairs: people('chair'),
      contactPersons: people('contact'),
      hasRegionalGroupRepresentative: network.hasRegionalGroupRepresentative,
    },
    texts: finnish
      ? [
          ['en', english],
          ['fi', finnish],
        ]
      : [['en', english]],
    translatedLocales: ['en'],
  })
}

/**
 * The region named first in the network's opening paragraph ("The duty of the Oulu area immigrant
 * network OuVer … in Northern Ostrobothnia" is the Oulu area, not Ostrobothnia).
 */
function regionOf(paragraph: string): RegionValue {
  const named = regions
    .map((region) => ({ value: region.value, at: paragraph.indexOf(region.name.en) }))
    .filter((region) => region.at >= 0)
    .sort((a, b) => a.at - b.at)[0]
  if (!named) throw new Error(`No region named in "${paragraph.slice(0, 60)}…"`)
  return named.value
}

/**
 * The prompt leads to the contact persons, whom the page lists after it, so it does not name them:
 * "Contact Isto Mäkelä:, 050 433 1590." becomes "Contact:", "Send a message to Toni Sorsa or Marja
 * Karmala" "Send a message to:".
 */
function promptWithoutNames(prompt: string, names: string[]): string {
  return sentences(prompt)
    .map((sentence) => {
      const at = Math.min(...names.map((name) => sentence.indexOf(name)).filter((index) => index >= 0))
      return Number.isFinite(at) ? `${sentence.slice(0, at).trim().replace(/[,:]$/, '')}:` : sentence
    })
    .join(' ')
}

/** Sentences naming people who are not publishable stay out of public texts; they are linked as contacts instead. */
function withoutNames(paragraphs: string[], names: string[]): string[] {
  return paragraphs
    .map((paragraph) =>
      sentences(paragraph)
        .filter((sentence) => !names.some((name) => sentence.includes(name)))
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '')
}
