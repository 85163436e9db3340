import type { TextBlock } from '@union/shared/richText/fromText'
import { blocks, joinPdfLines, readSource, sentences, sourceFiles } from './sourceText'

/**
 * Source 003 (Finnish, text of a PDF): Teollisuusliitto's action plan for 2020. Sections start with
 * an upper-case line: "PUHEENJOHTAJALTA" (the chair's foreword), "PAINOPISTE: …" (a focus area) and
 * "MUUT PAINOTUKSET …" (what the plan stresses besides them). Inside a focus area, numbered headings
 * ("1. Jäsenhankinnan kehittäminen") start its actions.
 */

export type Action = { title: string; description: TextBlock[] }
export type FocusAreaText = { heading: string; summary: TextBlock[]; actions: Action[] }

export type ActionPlanText = {
  foreword: TextBlock[]
  author: string
  authorRole: string
  organisation: string
  /** The focus areas as the foreword lists them ("- Järjestäytyminen ja sen edistäminen"). */
  focusAreaTitles: string[]
  focusAreas: FocusAreaText[]
  /** "Muut painotukset liiton toiminnassa": its subheadings and paragraphs. */
  otherEmphases: { title: string; content: TextBlock[] }
}

const sectionStart = /^[ \t]*(PUHEENJOHTAJALTA|PAINOPISTE: .+|MUUT PAINOTUKSET .+?)[ \t]*$/m
const numbered = /^\d+\.\s+/
/** A short line without a full stop is a subheading ("Neuvottelukierros jatkuu vuonna 2020"). */
const subheading = /^[^.!?:]{3,70}$/
/** "(lue lisää sivulta 13)": a page of the printed plan, which has no pages here. */
const pageReference = /\s*\(lue lisää sivulta \d+\)/g

export function readActionPlan(dir?: string): ActionPlanText {
  const parts = readSource(sourceFiles.actionPlan, dir).split(sectionStart)
  // split() with a capture group gives [before, heading, body, heading, body, …].
  const sections: { heading: string; body: string }[] = []
  for (let i = 1; i < parts.length; i += 2) sections.push({ heading: parts[i] ?? '', body: parts[i + 1] ?? '' })
  const forewordSection = sections.find((section) => section.heading === 'PUHEENJOHTAJALTA')
  if (!forewordSection) throw new Error('Source 003: no foreword')
  const forewordBlocks = blocks(forewordSection.body)
  // The foreword ends with the signature: name, role, organisation on their own lines.
  const [author = '', authorRole = '', organisation = ''] = (forewordBlocks.pop() ?? '')
    .split('\n')
    .map((line) => line.trim())
  const foreword = forewordBlocks.map(textBlock)
  const titles = foreword.find((block) => block.kind === 'list')
  const focusAreas = sections.filter((section) => section.heading.startsWith('PAINOPISTE: ')).map(focusArea)
  const focusAreaTitles = titles?.kind === 'list' ? titles.items : []
  focusAreas.forEach((area, index) => {
    if (area.heading.toLocaleUpperCase('fi') !== focusAreaTitles[index]?.toLocaleUpperCase('fi')) {
      throw new Error(`Source 003: focus area "${area.heading}" is not the foreword's "${focusAreaTitles[index]}"`)
    }
  })
  const others = sections.find((section) => section.heading.startsWith('MUUT PAINOTUKSET'))
  if (!others) throw new Error('Source 003: no section "MUUT PAINOTUKSET …"')
  const otherEmphases = {
    title: sentenceCase(others.heading),
    content: withoutRepeats(mergeLists(blocks(others.body).map(textBlock))),
  }
  return {
    foreword: mergeLists(foreword),
    author,
    authorRole,
    organisation,
    focusAreaTitles,
    focusAreas,
    otherEmphases,
  }
}

/** "MUUT PAINOTUKSET LIITON TOIMINNASSA" → "Muut painotukset liiton toiminnassa". */
function sentenceCase(heading: string): string {
  const lower = heading.toLocaleLowerCase('fi')
  return lower.charAt(0).toLocaleUpperCase('fi') + lower.slice(1)
}

/**
 * The PDF repeats a paragraph word for word ("Tavoitteena on, että pidämme vaikuttamiskoulutuksen
 * jokaisella alueellamme. …" closes the section's first paragraph and stands again two paragraphs
 * on); a paragraph whose every sentence was already said is left out.
 */
function withoutRepeats(source: TextBlock[]): TextBlock[] {
  const said = new Set<string>()
  return source.filter((block) => {
    if (block.kind !== 'paragraph') return true
    const own = sentences(block.text)
    const repeat = own.every((sentence) => said.has(sentence))
    for (const sentence of own) said.add(sentence)
    return !repeat
  })
}

function focusArea(section: { heading: string; body: string }): FocusAreaText {
  const summary: TextBlock[] = []
  const actions: Action[] = []
  for (const block of blocks(section.body)) {
    const text = textBlock(block)
    if (text.kind === 'paragraph' && numbered.test(text.text)) {
      actions.push({ title: text.text.replace(numbered, ''), description: [] })
    } else {
      ;(actions.at(-1)?.description ?? summary).push(text)
    }
  }
  return {
    heading: section.heading.replace('PAINOPISTE: ', ''),
    summary: mergeLists(summary),
    actions: actions.map((action) => ({ ...action, description: mergeLists(action.description) })),
  }
}

/** "- item" lines are a list, a "•" block one list item, a short line a subheading, the rest a paragraph. */
function textBlock(block: string): TextBlock {
  const lines = block.split('\n').map((line) => line.trim())
  if (lines.every((line) => line.startsWith('- ')))
    return { kind: 'list', items: lines.map((line) => line.slice(2).trim()) }
  if (lines[0]?.startsWith('•')) return { kind: 'list', items: [joinPdfLines(block.replace(/^\s*•\s*/, ''))] }
  const text = joinPdfLines(block).replace(pageReference, '')
  return subheading.test(text) && !numbered.test(text)
    ? { kind: 'heading', tag: 'h3', text }
    : { kind: 'paragraph', text }
}

/** Bullets come one per block in the PDF text; consecutive ones make one list. */
function mergeLists(source: TextBlock[]): TextBlock[] {
  return source.reduce<TextBlock[]>((merged, block) => {
    const last = merged.at(-1)
    if (block.kind === 'list' && last?.kind === 'list') last.items.push(...block.items)
    else merged.push(block.kind === 'list' ? { ...block, items: [...block.items] } : block)
    return merged
  }, [])
}
