import type { LocaleCode } from '@union/shared/locales'
import { normaliseCharacters, normaliseText } from './pageText'

/**
 * How a fact may be worded on a page. A string matches case-insensitively, any run of whitespace
 * (also a line break between blocks) standing for its spaces. A RegExp is matched case-insensitively
 * with `^`/`$` at block boundaries against the page's text, one visible block a line, after
 * normalisation: straight quotes and apostrophes, `-` for every dash, single spaces.
 */
export type Wording = string | RegExp

/** A wording anywhere in the page's text, or `{ heading }`: the page's `<h1>` is worded so (a page title). */
export type Phrasing = Wording | { heading: Wording }

export const isHeadingPhrasing = (phrasing: Phrasing): phrasing is { heading: Wording } =>
  typeof phrasing === 'object' && 'heading' in phrasing

/**
 * One thing a source document says, written by hand from the source: which locales of the site must
 * say it (the languages of the source that says it) and how to recognise it there.
 */
export type Fact = {
  name: string
  says: Partial<Record<LocaleCode, readonly Phrasing[]>>
  /**
   * What the fact is about (a network, a target, a project). A phrasing then counts only on a page
   * whose `<h1>` names the subject, or in blocks that name it (the blocks the match lies in).
   */
  subject?: RegExp
  /**
   * Wordings that must appear on no page of the site, in any locale (with `subject`, where they are
   * about the subject): they say something the source does not.
   */
  contradictions?: readonly Phrasing[]
}

/**
 * A name, number or sentence of the source that the site deliberately does not show, with why; it
 * is listed so that the fact list is complete, and not checked.
 */
export type WithheldFact = { name: string; reason: string }

export function wordingPattern(phrasing: Wording): RegExp {
  if (typeof phrasing === 'string') {
    const escaped = normaliseText(phrasing).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    return new RegExp(escaped.replace(/ /g, '\\s+'), 'imu')
  }
  const flags = new Set([...phrasing.flags, 'i', 'm', 'u'])
  flags.delete('g')
  flags.delete('y')
  return new RegExp(normaliseCharacters(phrasing.source), [...flags].join(''))
}

/** What a phrasing matched, and the whole blocks (lines) the match lies in. */
export type PhrasingMatch = { text: string; blocks: string }

/** The first text `phrasing` matches in `text` (that `accept`s, when given), if any. */
export function matchWording(
  text: string,
  phrasing: Wording,
  accept: (match: PhrasingMatch) => boolean = () => true,
): string | undefined {
  const pattern = wordingPattern(phrasing)
  const everywhere = new RegExp(pattern.source, `${pattern.flags}g`)
  for (const match of text.matchAll(everywhere)) {
    const start = text.lastIndexOf('\n', match.index - 1) + 1
    const end = text.indexOf('\n', match.index + match[0].length)
    const blocks = text.slice(start, end === -1 ? undefined : end)
    if (accept({ text: match[0], blocks })) return match[0]
  }
  return undefined
}
