/**
 * Builds Lexical editor state (the JSON Payload's default `lexicalEditor()` stores) from plain
 * text: paragraphs, h2/h3 headings and bullet or numbered lists of text nodes. Pure functions, so
 * imports and tests can write rich text without an editor. The node shapes follow Lexical's own
 * `exportJSON()` (version, direction, format, indent; paragraphs also textFormat/textStyle).
 */

export type TextDirection = 'ltr' | 'rtl'

export type LexicalTextNode = {
  type: 'text'
  text: string
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  version: 1
}

type ElementBase<Type extends string, Child> = {
  type: Type
  children: Child[]
  direction: TextDirection
  format: ''
  indent: 0
  version: 1
}

export type LexicalParagraphNode = ElementBase<'paragraph', LexicalTextNode> & { textFormat: 0; textStyle: '' }
export type LexicalHeadingNode = ElementBase<'heading', LexicalTextNode> & { tag: 'h2' | 'h3' }
export type LexicalListItemNode = ElementBase<'listitem', LexicalTextNode> & { value: number }
export type LexicalListNode = ElementBase<'list', LexicalListItemNode> & {
  listType: 'bullet' | 'number'
  start: 1
  tag: 'ul' | 'ol'
}
export type LexicalBlockNode = LexicalParagraphNode | LexicalHeadingNode | LexicalListNode

export type LexicalEditorState = { root: ElementBase<'root', LexicalBlockNode> }

/** One block of text before it becomes a node. */
export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; tag: 'h2' | 'h3'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }

type Options = { direction?: TextDirection }

function textNode(text: string): LexicalTextNode {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

function element<Type extends string, Child>(
  type: Type,
  children: Child[],
  direction: TextDirection,
): ElementBase<Type, Child> {
  return { type, children, direction, format: '', indent: 0, version: 1 }
}

/** Empty text would become an empty text node, which Lexical never stores; it gets no children instead. */
function textChildren(text: string): LexicalTextNode[] {
  return text === '' ? [] : [textNode(text)]
}

export function paragraphNode(text: string, { direction = 'ltr' }: Options = {}): LexicalParagraphNode {
  return { ...element('paragraph', textChildren(text), direction), textFormat: 0, textStyle: '' }
}

export function headingNode(tag: 'h2' | 'h3', text: string, { direction = 'ltr' }: Options = {}): LexicalHeadingNode {
  return { ...element('heading', textChildren(text), direction), tag }
}

export function listNode(
  items: string[],
  { direction = 'ltr', ordered = false }: Options & { ordered?: boolean } = {},
): LexicalListNode {
  const children = items.map((item, index) => ({
    ...element('listitem', textChildren(item), direction),
    value: index + 1,
  }))
  return {
    ...element('list', children, direction),
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
  }
}

/** Paragraphs, headings and lists, in order. */
export function richTextFromBlocks(blocks: TextBlock[], options: Options = {}): LexicalEditorState {
  const direction = options.direction ?? 'ltr'
  const children = blocks.map((block): LexicalBlockNode => {
    if (block.kind === 'heading') return headingNode(block.tag, block.text, { direction })
    if (block.kind === 'list') return listNode(block.items, { direction, ordered: block.ordered })
    return paragraphNode(block.text, { direction })
  })
  return { root: element('root', children, direction) }
}

/** The common case: one paragraph per string. */
export function richTextFromParagraphs(paragraphs: string[], options: Options = {}): LexicalEditorState {
  return richTextFromBlocks(
    paragraphs.map((text) => ({ kind: 'paragraph', text })),
    options,
  )
}

/** The plain text of an editor state, blocks separated by blank lines (for checks and summaries). */
export function plainTextOf(state: { root: { children: unknown[] } } | null | undefined): string {
  return (state?.root.children ?? []).map(nodeText).join('\n\n')
}

function nodeText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const { text, children, type } = node as { text?: unknown; children?: unknown; type?: unknown }
  if (typeof text === 'string') return text
  return Array.isArray(children) ? children.map(nodeText).join(type === 'list' ? '\n' : '') : ''
}
