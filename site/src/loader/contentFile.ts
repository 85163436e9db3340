import type { PublishedCollectionSlug } from '@union/content-schemas'
import type { LocaleCode } from '@union/shared/locales'
import type { TranslatedDocument, ValidatedContent } from './validateContent'

/**
 * The content a build was made from, as the next build reads it: one line per document and locale.
 *
 * On a large site nearly all of it is rich text (Lexical JSON: 240 MB for 10,000 networks in three
 * languages), and an incremental build renders a handful of pages. So each line keeps a document's
 * rich-text fields apart, and reading the file parses only the rest: a rich-text field is parsed the
 * first time a page asks for it. And a document read from the file is written back as the very line
 * it was read from, so writing the next build's file serialises only the documents that changed.
 * Both halves are plain JSON of the validated document, so what a page sees is what it would see
 * had the whole file been parsed at once, key order included.
 *
 *   line 1:  {"version":2,"availability":…,"siteSettings":…,"redirects":…}
 *   then:    <collection> TAB <locale> TAB <bytes of head> TAB <bytes of rich text> TAB <head><rich text>
 *            head: the document, its rich text fields as {"$richText":i}; rich text: [value of field i…]
 * The lengths let a reader step over the rich text without looking for the end of the line in it.
 */
const version = 2
const placeholderKey = '$richText'

type Header = {
  version: number
  availability: Record<PublishedCollectionSlug, [number, LocaleCode[]][]>
  siteSettings: ValidatedContent['siteSettings']
  redirects: ValidatedContent['redirects']
}

/** The line each entry read from a file came from (a slice of the file's bytes): written back unchanged. */
const lineOf = new WeakMap<TranslatedDocument, Buffer>()

const isRichText = (value: unknown) =>
  typeof value === 'object' && value !== null && 'root' in value && typeof value.root === 'object'

function lineFor(collection: string, entry: TranslatedDocument): Buffer {
  const known = lineOf.get(entry)
  if (known) return known
  const bodies: unknown[] = []
  const head: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entry.doc as Record<string, unknown>)) {
    if (isRichText(value)) {
      head[key] = { [placeholderKey]: bodies.length }
      bodies.push(value)
    } else head[key] = value
  }
  const headBytes = Buffer.from(JSON.stringify(head))
  const bodyBytes = Buffer.from(JSON.stringify(bodies))
  const prefix = `${collection}\t${entry.locale}\t${headBytes.length}\t${bodyBytes.length}\t`
  return Buffer.concat([Buffer.from(prefix), headBytes, bodyBytes])
}

/** The file's bytes. Bytes, not text: decoding and encoding 240 MB of UTF-8 alone took seconds. */
export function serializeContent(content: ValidatedContent): Buffer {
  const header: Header = {
    version,
    availability: Object.fromEntries(
      Object.entries(content.availability).map(([collection, ids]) => [collection, [...ids]]),
    ) as Header['availability'],
    siteSettings: content.siteSettings,
    redirects: content.redirects,
  }
  const newline = Buffer.from('\n')
  const parts: Buffer[] = [Buffer.from(JSON.stringify(header)), newline]
  for (const [collection, entries] of Object.entries(content.collections)) {
    for (const entry of entries) parts.push(lineFor(collection, entry), newline)
  }
  return Buffer.concat(parts)
}

/** The content of a file serializeContent wrote; undefined for a file of another version. */
export function parseContent(bytes: Buffer): ValidatedContent | undefined {
  const tab = 9
  const firstEnd = bytes.indexOf(10)
  if (firstEnd < 0) return undefined
  const header = JSON.parse(bytes.subarray(0, firstEnd).toString('utf8')) as Header
  if (header.version !== version) return undefined
  const collections = Object.fromEntries(
    Object.keys(header.availability).map((collection) => [collection, [] as TranslatedDocument[]]),
  ) as ValidatedContent['collections']
  for (let start = firstEnd + 1; start < bytes.length; ) {
    const fields: string[] = []
    let at = start
    while (fields.length < 4) {
      const end = bytes.indexOf(tab, at)
      if (end < 0) throw new Error(`the content file is cut short at byte ${at}`)
      fields.push(bytes.subarray(at, end).toString('utf8'))
      at = end + 1
    }
    const [collection, locale, headLength, bodyLength] = fields as [PublishedCollectionSlug, LocaleCode, string, string]
    const headEnd = at + Number(headLength)
    const lineEnd = headEnd + Number(bodyLength)
    const head = JSON.parse(bytes.subarray(at, headEnd).toString('utf8')) as Record<string, unknown>
    const entry: TranslatedDocument = { locale, doc: withLazyRichText(head, bytes.subarray(headEnd, lineEnd)) }
    lineOf.set(entry, bytes.subarray(start, lineEnd))
    collections[collection]?.push(entry)
    start = lineEnd + 1
  }
  return {
    collections,
    availability: Object.fromEntries(
      Object.entries(header.availability).map(([collection, ids]) => [collection, new Map(ids)]),
    ) as ValidatedContent['availability'],
    siteSettings: header.siteSettings,
    redirects: header.redirects ?? [],
  }
}

/** Replaces each placeholder with a getter that parses the document's rich text on first use. */
function withLazyRichText(doc: Record<string, unknown>, bodies: Buffer): Record<string, unknown> {
  let parsed: unknown[] | undefined
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value !== 'object' || value === null || !(placeholderKey in value)) continue
    const index = (value as Record<string, number>)[placeholderKey] as number
    Object.defineProperty(doc, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        parsed ??= JSON.parse(bodies.toString('utf8')) as unknown[]
        return parsed[index]
      },
    })
  }
  return doc
}

/** True for a rich-text field not parsed yet: a document taken unchanged from the previous build. */
export function isUnreadRichText(owner: object, key: string): boolean {
  return typeof Object.getOwnPropertyDescriptor(owner, key)?.get === 'function'
}
