import type { DefaultTreeAdapterTypes } from 'parse5'

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** Every element of the document in source order (template contents are not part of the page). */
export function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    yield child
    yield* elements(child)
  }
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

/** The `<html>` element; parse5 always creates one, even when the source has none. */
export function htmlElement(document: DefaultTreeAdapterTypes.Document): Element {
  const html = document.childNodes.find((child): child is Element => 'tagName' in child && child.tagName === 'html')
  if (!html) throw new Error('parse5 returned a document without an <html> element')
  return html
}

/** `rel` is a space-separated, case-insensitive token list. */
export function hasRel(element: Element, token: string): boolean {
  return (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes(token)
}

/** "line N" of where the element starts in its file, for messages. */
export function sourceLine(element: Element): string {
  const line = element.sourceCodeLocation?.startLine
  return line === undefined ? 'line ?' : `line ${line}`
}
