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
 *   line 1:  {"version":1,"availability":…,"siteSettings":…,"redirects":…}
 *   then:    <collection> TAB <locale> TAB <document, rich text as {"$richText":i}> TAB <[rich text…]>
 */
const version = 1
const placeholderKey = '$richText'

type Header = {
  version: number
  availability: Record<PublishedCollectionSlug, [number, LocaleCode[]][]>
  siteSettings: ValidatedContent['siteSettings']
  redirects: ValidatedContent['redirects']
}

/** The line each entry read from a file came from: written back unchanged. */
const lineOf = new WeakMap<TranslatedDocument, string>()

const isRichText = (value: unknown) =>
  typeof value === 'object' && value !== null && 'root' in value && typeof value.root === 'object'

function lineFor(collection: string, entry: TranslatedDocument): string {
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
  return `${collection}\t${entry.locale}\t${JSON.stringify(head)}\t${JSON.stringify(bodies)}`
}

export function serializeContent(content: ValidatedContent): string {
  const header: Header = {
    version,
    availability: Object.fromEntries(
      Object.entries(content.availability).map(([collection, ids]) => [collection, [...ids]]),
    ) as Header['availability'],
    siteSettings: content.siteSettings,
    redirects: content.redirects,
  }
  const lines = [JSON.stringify(header)]
  for (const [collection, entries] of Object.entries(content.collections)) {
    for (const entry of entries) lines.push(lineFor(collection, entry))
  }
  return `${lines.join('\n')}\n`
}

/** The content of a file serializeContent wrote; undefined for a file of another version. */
export function parseContent(text: string): ValidatedContent | undefined {
  const lines = text.split('\n')
  const header = JSON.parse(lines[0] ?? '{}') as Header
  if (header.version !== version) return undefined
  const collections = Object.fromEntries(
    Object.keys(header.availability).map((collection) => [collection, [] as TranslatedDocument[]]),
  ) as ValidatedContent['collections']
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as string
    if (line === '') continue
    const [collection, locale, head, bodies] = line.split('\t') as [PublishedCollectionSlug, LocaleCode, string, string]
    const entry: TranslatedDocument = { locale, doc: withLazyRichText(JSON.parse(head), bodies) }
    lineOf.set(entry, line)
    collections[collection]?.push(entry)
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
function withLazyRichText(doc: Record<string, unknown>, bodies: string): Record<string, unknown> {
  let parsed: unknown[] | undefined
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value !== 'object' || value === null || !(placeholderKey in value)) continue
    const index = (value as Record<string, number>)[placeholderKey] as number
    Object.defineProperty(doc, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        parsed ??= JSON.parse(bodies) as unknown[]
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
