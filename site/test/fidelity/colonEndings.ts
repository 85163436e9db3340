import type { DefaultTreeAdapterTypes } from 'parse5'
import { attribute } from '../checks/htmlTree'
import type { PageText, TextLine } from './pageText'

type Element = DefaultTreeAdapterTypes.Element

export type ColonEnding = { page: string; sentence: string }

// Text that announces what follows ("Get in touch:") must be followed by it: a list, a table, contact details.
const announcedContainers = new Set(['ul', 'ol', 'dl', 'table', 'address', 'form', 'select'])
const landmarks = new Set(['main', 'header', 'footer', 'nav', 'aside', 'body'])
const notSentences = new Set(['svg', 'text', 'title', 'desc', 'img'])

/**
 * Visible text blocks that end with a colon and are followed, in the same block or right after it,
 * by nothing they could announce: the sentence promises something (a contact, a list) the page lacks.
 */
export function checkColonEndings(site: readonly PageText[]): ColonEnding[] {
  return site.flatMap((page) =>
    page.lines.flatMap((line, index) =>
      endsWithColon(line) && !announcesWhatFollows(line, page.lines[index + 1])
        ? [{ page: page.path, sentence: lastSentence(line.text) }]
        : [],
    ),
  )
}

function endsWithColon(line: TextLine): boolean {
  return !notSentences.has(line.block.tagName) && line.text.endsWith(':')
}

function announcesWhatFollows(line: TextLine, next: TextLine | undefined): boolean {
  if (!next) return false
  const around = ancestors(line.block)
  const nextAround = ancestors(next.block)
  // More of the same block (after a <br>, or a list nested in it), or a label's value beside it.
  if (nextAround.includes(line.block) || isLabelAndValue(line.block, next.block)) return true
  if (landmark(next.block) !== landmark(line.block)) return false
  return nextAround.some(
    (element) =>
      !around.includes(element) &&
      (announcedContainers.has(element.tagName) || /\bcontact/.test(attribute(element, 'class') ?? '')),
  )
}

function isLabelAndValue(label: Element, value: Element): boolean {
  if (label.tagName === 'dt') return value.tagName === 'dd'
  return ['th', 'td'].includes(label.tagName) && value.tagName === 'td' && label.parentNode === value.parentNode
}

function ancestors(element: Element): Element[] {
  const chain: Element[] = []
  for (let node: Element | undefined = element; node; node = parentElement(node)) chain.push(node)
  return chain
}

function parentElement(element: Element): Element | undefined {
  const parent = element.parentNode
  return parent && 'tagName' in parent ? parent : undefined
}

function landmark(element: Element): Element | undefined {
  return ancestors(element).find((candidate) => landmarks.has(candidate.tagName))
}

function lastSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+/).at(-1) ?? text
}
