/**
 * Payload's Lexical JSON to HTML, for static pages: a plain recursive function, no DOM. Safe by
 * construction: every text is escaped, no node can carry raw HTML, and links keep only http(s),
 * mailto and tel addresses (anything else renders as plain text). Headings are shifted so the
 * content's top level starts at `headingStart` and never skips a level, which keeps the page's
 * single h1 and a proper outline whatever levels the editor chose.
 */
export type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }
export type RichTextValue = { root: { children?: LexicalNode[] } } | null | undefined

export type ToHtmlOptions = {
  /** The level the content's highest heading becomes (2 under a page's h1; 3 inside an h2 section). */
  headingStart?: number
  /** The address of an internal link (`linkType: 'internal'`), or undefined to render its text only. */
  internalHref?: (doc: { relationTo: string; value: unknown }) => string | undefined
}

const safeProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:'])

// Lexical's text format bit flags, outermost first.
const textFormats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The URL when it is absolute and uses an allowed protocol, else undefined. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    return safeProtocols.has(new URL(url.trim()).protocol) ? url.trim() : undefined
  } catch {
    return undefined
  }
}

export function richTextToHtml(value: RichTextValue, options: ToHtmlOptions = {}): string {
  const children = value?.root?.children ?? []
  // Never 1: the page's own title is its only h1.
  const start = Math.max(2, clamp(options.headingStart ?? 2))
  const context: Context = {
    options,
    topHeading: Math.min(...headingLevels(children), 6),
    start,
    previousLevel: start - 1,
  }
  return renderAll(children, context)
}

type Context = { options: ToHtmlOptions; topHeading: number; start: number; previousLevel: number }

function renderAll(nodes: LexicalNode[] | undefined, context: Context): string {
  return (nodes ?? []).map((node) => render(node, context)).join('')
}

function render(node: LexicalNode, context: Context): string {
  const inner = () => renderAll(node.children, context)
  switch (node.type) {
    case 'text':
      return formatText(escapeHtml(String(node.text ?? '')), Number(node.format ?? 0))
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph': {
      const content = inner()
      return content === '' ? '' : `<p>${content}</p>`
    }
    case 'heading': {
      const level = headingLevel(node, context)
      return `<h${level}>${inner()}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list':
      return renderList(node, inner())
    case 'listitem':
      return renderListItem(node, inner())
    case 'link':
    case 'autolink':
      return renderLink(node, inner(), context)
    case 'horizontalrule':
      return '<hr>'
    default:
      // Unknown or embedded nodes (blocks, uploads, relationships) carry no text of their own to
      // show safely; their children, if any, still render.
      return inner()
  }
}

function formatText(html: string, format: number): string {
  return textFormats.reduceRight((result, [bit, tag]) => (format & bit ? `<${tag}>${result}</${tag}>` : result), html)
}

function renderList(node: LexicalNode, items: string): string {
  const ordered = node.listType === 'number'
  const start = Number(node.start ?? 1)
  const startAttribute = ordered && start !== 1 ? ` start="${start}"` : ''
  return ordered ? `<ol${startAttribute}>${items}</ol>` : `<ul>${items}</ul>`
}

function renderListItem(node: LexicalNode, content: string): string {
  if (typeof node.checked !== 'boolean') return `<li>${content}</li>`
  // A checklist item's state is content, so it is written out rather than drawn.
  return `<li>${node.checked ? '☑' : '☐'} ${content}</li>`
}

function renderLink(node: LexicalNode, content: string, context: Context): string {
  const fields = (node.fields ?? {}) as {
    url?: unknown
    linkType?: string
    newTab?: boolean
    doc?: { relationTo: string; value: unknown }
  }
  const href =
    fields.linkType === 'internal' && fields.doc
      ? context.options.internalHref?.(fields.doc)
      : safeHref(fields.url ?? node.url)
  if (!href) return content
  const target = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(href)}"${target}>${content}</a>`
}

/** Relative depth from the content's highest heading, but never deeper than one below the previous heading. */
function headingLevel(node: LexicalNode, context: Context): number {
  const own = Number(String(node.tag ?? 'h2').slice(1)) || 2
  const wanted = context.start + (own - context.topHeading)
  const level = clamp(Math.max(context.start, Math.min(wanted, context.previousLevel + 1)))
  context.previousLevel = level
  return level
}

function headingLevels(nodes: LexicalNode[]): number[] {
  return nodes.flatMap((node) =>
    node.type === 'heading' ? [Number(String(node.tag ?? 'h2').slice(1)) || 2] : headingLevels(node.children ?? []),
  )
}

function clamp(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level)))
}
