import { isLocaleCode, type LocaleCode } from '@union/shared/locales'
import { type DefaultTreeAdapterTypes, parse } from 'parse5'
import { attribute, elements, htmlElement } from '../checks/htmlTree'

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** A built page as the fixtures read it: URL path and markup. */
export type BuiltPage = { path: string; html: string }

/** One visible text block of a page: a paragraph, list item, heading, table cell, chart label, image's alt… */
export type TextLine = { text: string; block: Element }

/** What a reader sees of a page: its text, one block a line, normalised (see `normaliseText`). */
export type PageText = {
  path: string
  /** The locale of the URL's first segment (`/fi/…`); none for the root pages. */
  locale: LocaleCode | undefined
  /** `<html lang>` and `<html dir>`. */
  lang: string | undefined
  dir: string | undefined
  /** The first `<h1>`: what the page is about. */
  heading: string
  lines: TextLine[]
  /** `lines` joined with newlines, what facts are matched against. */
  text: string
  document: DefaultTreeAdapterTypes.Document
}

// Pagefind's own files are a dependency's output, not pages of the site.
const isSitePage = (page: BuiltPage) => !page.path.startsWith('/pagefind/')

export function readSiteText(pages: readonly BuiltPage[]): PageText[] {
  return pages.filter(isSitePage).map(readPageText)
}

export function readPageText(page: BuiltPage): PageText {
  const document = parse(page.html)
  const body = [...elements(document)].find((element) => element.tagName === 'body') ?? document
  const lines = textLines(body)
  const firstSegment = page.path.split('/')[1]
  const h1 = [...elements(document)].find((element) => element.tagName === 'h1')
  return {
    path: page.path,
    locale: isLocaleCode(firstSegment) ? firstSegment : undefined,
    lang: attribute(htmlElement(document), 'lang'),
    dir: attribute(htmlElement(document), 'dir'),
    heading: h1 ? normaliseText(textContent(h1)) : '',
    lines,
    text: lines.map((line) => line.text).join('\n'),
    document,
  }
}

/**
 * Curly quotes, dashes, no-break and other spaces, soft hyphens and composed/decomposed letters
 * vary between the sources, the CMS and Intl's formatting; facts should not depend on them.
 */
export function normaliseCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

export function normaliseText(text: string): string {
  return normaliseCharacters(text).replace(/\s+/g, ' ').trim()
}

export function textContent(node: ParentNode): string {
  return node.childNodes
    .map((child) =>
      'value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textContent(child) : '',
    )
    .join('')
}

const notRendered = new Set(['script', 'style', 'template', 'noscript', 'head'])
const blockElements = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt'],
  ...['fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup'],
  ...['hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot'],
  ...['th', 'thead', 'tr', 'ul', 'button', 'label', 'option', 'select', 'textarea'],
  // SVG: a chart's labels and its marks' titles are read one by one.
  ...['svg', 'text', 'title', 'desc'],
])

/** The visible text of `root` as lines, one per block, each with the block it belongs to. */
function textLines(root: ParentNode): TextLine[] {
  const lines: TextLine[] = []
  const open: Element[] = []
  let buffer = ''
  const flush = () => {
    const text = normaliseText(buffer)
    const block = open.at(-1)
    if (text && block) lines.push({ text, block })
    buffer = ''
  }
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text' && 'value' in child) buffer += child.value
      if (!('tagName' in child) || notRendered.has(child.tagName) || attribute(child, 'hidden') !== undefined) continue
      if (child.tagName === 'br') flush()
      else if (child.tagName === 'img') {
        flush()
        const alt = normaliseText(attribute(child, 'alt') ?? '')
        if (alt) lines.push({ text: alt, block: child })
      } else if (blockElements.has(child.tagName)) {
        flush()
        open.push(child)
        visit(child)
        flush()
        open.pop()
      } else visit(child)
    }
  }
  if ('tagName' in root) open.push(root)
  visit(root)
  flush()
  return lines
}
