import type { TextBlock } from '@union/shared/richText/fromText'
import { capitalize, expectText, indexOf, paragraphs, readSource, sentences, sourceFiles } from './sourceText'

/**
 * Source 001 (English): JHL's immigrant activities. The page text around the networks, and each
 * regional network's paragraphs, from its "The duty of …" paragraph to the next one. Sentences the
 * network's facts already say (when it meets, that it has a representative in the regional group,
 * when it was founded, who chairs it) are left out of its texts, so its page says each once.
 */

export type NetworkText = {
  /** The acronym when the network has one (it is its name), otherwise its English name. */
  name: string
  acronym?: string
  acronymExpansion?: string
  acronymMeaning?: string
  /** ISO date of the first day of the founding month, when the text gives one. */
  founded?: string
  cadenceNote?: string
  hasRegionalGroupRepresentative: boolean
  description: string[]
  howToJoin: string[]
  /**
   * The sentences that lead to a contact ("Would you like to participate? Get in touch:"), as the
   * source words them, names included; the contact itself follows on the page, when there is one.
   */
  contactPrompt?: string
  /** Everything the source says of the network, for checks such as whom it names. */
  said: string
}

/** A section that ends in a colon leading to contacts the text does not give: heading and its sentences. */
export type ContactSection = { heading: string; intro: string }

export type ImmigrantActivitiesText = {
  /** The opening paragraph, the page's summary. */
  summary: string
  intro: TextBlock[]
  outro: TextBlock[]
  contact: ContactSection
  networks: NetworkText[]
}

/** "The duty of Southern Finland’s network KaMuT is …"; not the general "The duty of the networks …". */
const networkStart = /^The duty of (?!the networks )/
const joinCall = 'Come join us!'
/** Paragraphs that tell how to take part; they go to "how to join", the rest describes the network. */
const joinParagraph = /Would you like|Get in touch|To become a member|Contact /
/** "KaMuT = Kaikki Mukaan Toimintaan (Everybody Get Involved)", "Jalla-Jalla! = Let’s go!" */
const acronymLine = /^(.+?) = (.+?)(?: \((.+)\))?$/
/** Headings are short lines without sentence punctuation, e.g. "Courses and events". */
const heading = /^[^.:=]{3,60}$/
/** A photo caption we have no image for: "Members of Eastern Finland’s immigrant network." */
const caption = /^Members of .+ network\.$/
/**
 * "You can switch the language of our website to Finnish or Swedish": true of JHL's website, not
 * of this one, whose language menu says which languages each page has.
 */
const aboutTheSourceWebsite = /language of our website/
/** The page's last section: "Get in touch!", then sentences that end in a colon and no contact. */
const contactHeading = /^Get in touch!$/
/** Sentences of a network's text that its facts (cadence, representative, founding, chairs) state. */
const factSentences = [
  /gets together/,
  /has its own representative in the regional group/,
  /^The network was founded in \w+ \d{4}\.$/,
  /are the chairs of the network\.$/,
]

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export function readImmigrantActivities(dir?: string): ImmigrantActivitiesText {
  const source = paragraphs(readSource(sourceFiles.immigrantActivities, dir))
  const first = indexOf(source, networkStart)
  const starts = source.flatMap((paragraph, index) => (networkStart.test(paragraph) ? [index] : []))
  // The last network ends at the first heading after it ("Information about working life …").
  const outroStart = source.findIndex((p, i) => i > (starts.at(-1) ?? first) && heading.test(p) && p !== joinCall)
  if (outroStart === -1) throw new Error('Source 001: no section after the networks')
  const networks = starts.map((start, n) => network(source.slice(start, starts[n + 1] ?? outroStart)))
  const contactStart = indexOf(source, contactHeading, outroStart)
  const [summary = '', ...intro] = source.slice(0, first)
  return {
    summary,
    intro: pageBlocks(intro),
    outro: pageBlocks(source.slice(outroStart, contactStart).filter((p) => !aboutTheSourceWebsite.test(p))),
    contact: { heading: source[contactStart] ?? '', intro: source.slice(contactStart + 1).join(' ') },
    networks,
  }
}

function pageBlocks(source: string[]): TextBlock[] {
  return source
    .filter((p) => !caption.test(p))
    .map((text): TextBlock => (heading.test(text) ? { kind: 'heading', tag: 'h2', text } : { kind: 'paragraph', text }))
}

function network(block: string[]): NetworkText {
  const [duty = ''] = block
  const subject = expectText(duty, /^The duty of (?:the )?(.+?) is to /, 'whose duty it is')[1] ?? ''
  const acronymMatch = block.map((p) => p.match(acronymLine)).find(Boolean)
  // The acronym is the last word of the subject ("Ostrobothnia’s immigrant network PoVer"), or the
  // word the "=" line explains; networks without one are named by the subject ("Eastern Finland’s …").
  const lastWord = subject.split(' ').at(-1) ?? ''
  const acronym = acronymMatch?.[1] ?? (/\p{Lu}.*\p{Lu}/u.test(lastWord) ? lastWord : undefined)
  const body = block.flatMap((p) => (p.endsWith(` ${joinCall}`) ? [p.slice(0, -joinCall.length - 1), joinCall] : [p]))
  const rest = body.filter((p) => p !== joinCall && !acronymLine.test(p))
  const contactPrompt = withoutFacts(rest.filter((p) => joinParagraph.test(p))).join(' ')
  const founded = block.join(' ').match(/founded in (\w+) (\d{4})/)
  const monthIndex = founded ? months.indexOf(founded[1] ?? '') : -1
  return {
    name: acronym ?? capitalize(subject),
    acronym,
    acronymExpansion: acronymMatch?.[3] ? acronymMatch[2] : undefined,
    acronymMeaning: acronymMatch ? (acronymMatch[3] ?? acronymMatch[2]) : undefined,
    founded: founded && monthIndex >= 0 ? `${founded[2]}-${String(monthIndex + 1).padStart(2, '0')}-01` : undefined,
    cadenceNote: block.join(' ').match(/gets together ([^.?!]+)/)?.[1],
    hasRegionalGroupRepresentative: block.some((p) => /has its own representative in the regional group/.test(p)),
    description: withoutFacts(rest.filter((p) => !joinParagraph.test(p))),
    howToJoin: [joinCall],
    contactPrompt: contactPrompt || undefined,
    said: block.join(' '),
  }
}

function withoutFacts(source: string[]): string[] {
  return source
    .map((paragraph) =>
      sentences(paragraph)
        .filter((sentence) => !factSentences.some((fact) => fact.test(sentence)))
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '')
}
