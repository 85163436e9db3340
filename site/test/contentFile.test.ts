import { expect, test } from 'vitest'
import { lexical } from '../../content-schemas/test/fixtures/lexical'
import { isUnreadRichText, parseContent, serializeContent } from '../src/loader/contentFile'
import type { ValidatedContent } from '../src/loader/validateContent'

/**
 * The content a build leaves for the next one: read back, it is the content that was written, key
 * order included (pages and comparisons see the same JSON), its rich text parsed only when asked
 * for, and an unchanged document is written back as the very line it was read from.
 */
const network = (id: number, text: string) => ({
  id,
  name: `Verkosto ${id}`,
  description: lexical(text),
  slug: `verkosto-${id}`,
  contact: { email: 'a@example.org', links: [{ url: 'https://example.org', label: 'x\ty' }] },
})
const content = (docs: ReturnType<typeof network>[]): ValidatedContent =>
  ({
    collections: {
      'regional-networks': docs.map((doc) => ({ locale: 'fi', doc })),
      'international-partners': [],
      'action-plans': [],
      'action-plan-targets': [],
      pages: [],
    },
    availability: {
      'regional-networks': new Map(docs.map((doc) => [doc.id, ['fi']])),
      'international-partners': new Map(),
      'action-plans': new Map(),
      'action-plan-targets': new Map(),
      pages: new Map(),
    },
    siteSettings: { fi: { name: 'Liitto' } },
    redirects: [{ from: '/fi/vanha/', to: '/fi/uusi/' }],
  }) as unknown as ValidatedContent

test('reads back what was written, the same JSON in the same key order, rich text parsed on first use', () => {
  const written = content([network(1, 'Ensimmäinen kuvaus.'), network(2, 'Toinen\tkuvaus "lainausmerkein".')])
  const read = parseContent(serializeContent(written))!
  const [first] = read.collections['regional-networks']
  expect(isUnreadRichText(first!.doc as object, 'description')).toBe(true)
  expect(isUnreadRichText(first!.doc as object, 'name')).toBe(false)
  expect(JSON.stringify(read.collections)).toBe(JSON.stringify(written.collections))
  expect(read.availability['regional-networks']).toEqual(written.availability['regional-networks'])
  expect(read.siteSettings).toEqual(written.siteSettings)
  expect(read.redirects).toEqual(written.redirects)
})

test('an unchanged document is written back as the line it was read from; a changed one anew', () => {
  const text = serializeContent(content([network(1, 'Yksi.'), network(2, 'Kaksi.')])).toString()
  const read = parseContent(Buffer.from(text))!
  const entries = read.collections['regional-networks']
  entries[1] = { locale: 'fi', doc: network(2, 'Kaksi, uusi teksti.') }
  const again = serializeContent(read).toString()
  // The first document's rich text was never parsed: written back byte for byte.
  expect(isUnreadRichText(entries[0]!.doc as object, 'description')).toBe(true)
  expect(again.split('\n')[1]).toBe(text.split('\n')[1])
  expect(again).toContain('Kaksi, uusi teksti.')
  expect(JSON.stringify(parseContent(Buffer.from(again))!.collections)).toBe(JSON.stringify(read.collections))
})

test('a file of another version is not read as content (the next build fetches everything)', () => {
  expect(parseContent(Buffer.from('{"version":0}\n'))).toBeUndefined()
})
