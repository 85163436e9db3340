import type { DefaultTreeAdapterTypes } from 'parse5'
import { attribute, elements } from './htmlTree'

/** One URL written in a page: `<a href>`, `<img src>`, one candidate of a `srcset`, … */
export type UrlReference = { element: DefaultTreeAdapterTypes.Element; attribute: string; url: string }

const singleUrlAttributes = ['href', 'src', 'poster']
const srcsetAttributes = ['srcset', 'imagesrcset']

export function* urlReferences(document: DefaultTreeAdapterTypes.Document): Generator<UrlReference> {
  for (const element of elements(document)) {
    for (const name of singleUrlAttributes) {
      const url = attribute(element, name)?.trim()
      if (url) yield { element, attribute: name, url }
    }
    for (const name of srcsetAttributes) {
      const value = attribute(element, name)
      if (value) for (const url of srcsetUrls(value)) yield { element, attribute: name, url }
    }
  }
}

/**
 * The URLs of a `srcset` value ("a.png 1x, b.png 2x"), following the HTML spec's parsing: a URL runs
 * to the next whitespace and may itself contain commas; a trailing comma ends the candidate.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = []
  let position = 0
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset.charAt(position))) position++
    if (position >= srcset.length) break
    const start = position
    while (position < srcset.length && !/\s/.test(srcset.charAt(position))) position++
    let url = srcset.slice(start, position)
    const endsCandidate = url.endsWith(',')
    url = url.replace(/,+$/, '')
    if (url) urls.push(url)
    if (!endsCandidate) position = skipDescriptors(srcset, position)
  }
  return urls
}

/** Skips "1x" / "480w" descriptors up to the comma that ends the candidate (commas inside parentheses don't). */
function skipDescriptors(srcset: string, from: number): number {
  let position = from
  let depth = 0
  while (position < srcset.length) {
    const char = srcset.charAt(position)
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === ',' && depth === 0) return position + 1
    position++
  }
  return position
}
