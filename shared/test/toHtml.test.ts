import { describe, expect, test } from 'vitest'
import { type LexicalNode, richTextToHtml, safeHref } from '../src/richText/toHtml'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const heading = (tag: string, value: string): LexicalNode => ({ type: 'heading', tag, children: [text(value)] })
const link = (url: string, label: string, extra: Record<string, unknown> = {}): LexicalNode => ({
  type: 'link',
  fields: { url, linkType: 'custom', ...extra },
  children: [text(label)],
})
const doc = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

describe('escaping', () => {
  test('text is escaped, never interpreted', () => {
    expect(richTextToHtml(doc(paragraph(text('<script>alert("x")</script> & \'y\''))))).toBe(
      '<p>&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;</p>',
    )
  })

  test('unknown nodes carrying html render only their children', () => {
    const raw = { type: 'html', html: '<img src=x onerror=alert(1)>', children: [text('kept')] }
    expect(richTextToHtml(doc(paragraph(raw)))).toBe('<p>kept</p>')
  })

  test('formats nest as tags', () => {
    expect(richTextToHtml(doc(paragraph(text('bold italic', 3), text(' code', 16))))).toBe(
      '<p><strong><em>bold italic</em></strong><code> code</code></p>',
    )
  })
})

describe('links', () => {
  test.each(['https://example.org/a?b=1&c=2', 'http://example.org', 'mailto:office@example.org', 'tel:+358501234567'])(
    '%s is kept',
    (url) => {
      expect(richTextToHtml(doc(paragraph(link(url, 'go'))))).toContain(`href="${url.replace('&', '&#38;')}"`)
    },
  )

  test.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi', '/relative', 'vbscript:x'])(
    '%s becomes plain text',
    (url) => {
      expect(richTextToHtml(doc(paragraph(link(url, 'go'))))).toBe('<p>go</p>')
    },
  )

  test('new-tab links get noopener', () => {
    expect(richTextToHtml(doc(paragraph(link('https://example.org', 'x', { newTab: true }))))).toContain(
      'rel="noopener noreferrer"',
    )
  })

  test('internal links ask the caller for the address', () => {
    const internal = link('', 'page', { linkType: 'internal', doc: { relationTo: 'pages', value: 7 } })
    expect(richTextToHtml(doc(paragraph(internal)), { internalHref: ({ value }) => `/en/p${value}/` })).toBe(
      '<p><a href="/en/p7/">page</a></p>',
    )
    expect(richTextToHtml(doc(paragraph(internal)))).toBe('<p>page</p>')
  })

  test('safeHref rejects what is not a string', () => {
    expect(safeHref(42)).toBeUndefined()
  })
})

describe('heading outline', () => {
  test('the highest heading starts at headingStart and the rest keep their distance', () => {
    expect(richTextToHtml(doc(heading('h1', 'A'), heading('h2', 'B'), heading('h1', 'C')))).toBe(
      '<h2>A</h2><h3>B</h3><h2>C</h2>',
    )
  })

  test('levels are never skipped', () => {
    expect(richTextToHtml(doc(heading('h2', 'A'), heading('h5', 'B')), { headingStart: 3 })).toBe(
      '<h3>A</h3><h4>B</h4>',
    )
  })

  test('content can never add a second h1', () => {
    expect(richTextToHtml(doc(heading('h1', 'A')), { headingStart: 1 })).toBe('<h2>A</h2>')
  })
})

test('lists, quotes, breaks and empty paragraphs', () => {
  const list = {
    type: 'list',
    listType: 'number',
    start: 3,
    children: [{ type: 'listitem', children: [text('three')] }],
  }
  const checklist = {
    type: 'list',
    listType: 'check',
    children: [{ type: 'listitem', checked: true, children: [text('done')] }],
  }
  const quote = { type: 'quote', children: [text('a'), { type: 'linebreak' }, text('b')] }
  expect(richTextToHtml(doc(list, checklist, quote, paragraph()))).toBe(
    '<ol start="3"><li>three</li></ol><ul><li>☑ done</li></ul><blockquote>a<br>b</blockquote>',
  )
  expect(richTextToHtml(null)).toBe('')
})
