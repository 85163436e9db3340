import type { TextBlock } from '@union/shared/richText/fromText'
import { capitalize, expectText, indexOf, paragraphs, readSource, sourceFiles } from './sourceText'

/**
 * Source 001 (English): JHL's immigrant activities. The page text around the networks, and each
 * regional network's paragraphs, from its "The duty of …" paragraph to the next one.
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
}

export type ImmigrantActivitiesText = { intro: TextBlock[]; outro: TextBlock[]; networks: NetworkText[] }

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
  return {
    intro: pageBlocks(source.slice(0, first)),
    outro: pageBlocks(source.slice(outroStart)),
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
  const howToJoin = [joinCall, ...rest.filter((p) => joinParagraph.test(p))]
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
    description: rest.filter((p) => !joinParagraph.test(p)),
    howToJoin,
  }
}
