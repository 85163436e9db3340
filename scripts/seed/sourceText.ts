import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { repoRoot } from '../lib/paths'

/** Reading the source documents and cutting them into paragraphs and sentences. */

/** The source documents live beside the repository (../shared/seeds in CI); SEEDS_DIR overrides. */
export function seedsDir(): string {
  return process.env.SEEDS_DIR ? resolve(process.env.SEEDS_DIR) : resolve(repoRoot, '..', 'shared', 'seeds')
}

export const sourceFiles = {
  internationalActivities: '000_af36e42eaf8570c6.txt',
  immigrantActivities: '001_573529d5b745377a.txt',
  humanRightsNetwork: '002_19714851b67a664f.txt',
  actionPlan: '003_503eec7ac997a6ee.txt',
  vgclCooperation: '004_7f14745b44b6fa97.txt',
} as const

export function readSource(file: string, dir = seedsDir()): string {
  return readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC')
}

/**
 * Blocks separated by blank lines, lines inside a block joined with spaces. Runs of spaces and the
 * space a removed link leaves before a full stop ("Fair Play at Work .") are web-page residue.
 */
export function paragraphs(text: string): string[] {
  return blocks(text).map((block) => block.replace(/\s+/g, ' ').replace(/ ([.,])(?=\s|$)/g, '$1'))
}

/** Blocks separated by blank lines, with their line breaks kept. */
export function blocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
}

/**
 * Lines of PDF text joined into one paragraph. A word split over two lines ends the first line
 * with a hyphen ("toimintasuunni-" + "telma"); joined back when the next line goes on in lower case.
 */
export function joinPdfLines(block: string): string {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => {
      if (joined === '') return line
      if (/\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line)) return joined.slice(0, -1) + line
      return `${joined} ${line}`
    }, '')
    .replace(/[ \t]{2,}/g, ' ')
}

/** Sentences of a paragraph, split after . ! ? or … followed by a space. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=\P{Ll})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
}

/** The sentences of these paragraphs that match the pattern, as one paragraph. */
export function matchingSentences(source: string[], pattern: RegExp): string {
  const found = source.flatMap(sentences).filter((sentence) => pattern.test(sentence))
  if (found.length === 0) throw new Error(`No sentence matches ${pattern}`)
  return found.join(' ')
}

/** The index of the first paragraph matching the pattern; a source that changed fails loudly. */
export function indexOf(source: string[], pattern: RegExp, from = 0): number {
  const index = source.findIndex((paragraph, i) => i >= from && pattern.test(paragraph))
  if (index === -1) throw new Error(`No paragraph matches ${pattern}`)
  return index
}

export function expectText(text: string, pattern: RegExp, what: string): RegExpMatchArray {
  const match = text.match(pattern)
  if (!match) throw new Error(`The source no longer states ${what} (${pattern})`)
  return match
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
