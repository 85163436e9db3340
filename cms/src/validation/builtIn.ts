import type { Validate } from 'payload'
import {
  array,
  checkbox,
  date,
  email,
  number,
  blocks as payloadBlocks,
  relationship,
  richText,
  select,
  text,
  textarea,
  upload,
} from 'payload/shared'
import { message } from './messages'
import { explainsRefusedRelations } from './relations'

/**
 * Payload's own check for each field type, made strict about the value's type where Payload's is not:
 * its text check passes a number, its rich-text check a plain string, and nothing checks a group or
 * the type of a block, so such values were stored, silently dropped, or failed half-way into a save.
 *
 * A field's own `validate` replaces Payload's check for its type, so every custom check is composed
 * with `addsTo(builtIn.<type>, check)` and never stands alone.
 */

type Check = Validate

const isEmpty = (value: unknown) => value === null || value === undefined
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value as the message quotes it, short enough for a field error. */
function quoted(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 40 ? `${json.slice(0, 37)}…` : json
}

/** Runs `first`; only when it passes, `then`. */
export function addsTo(first: Check, then: Check): Check {
  return async (value, options) => {
    const result = await first(value, options)
    return result === true ? then(value, options) : result
  }
}

/** Text of any kind: a string, or a list of strings for `hasMany`. */
function textValue(base: Check): Check {
  return addsTo((value, options) => {
    if (isEmpty(value)) return true
    const values = (options as { hasMany?: boolean }).hasMany ? value : [value]
    if (!Array.isArray(values)) return message(options.req, 'notAList', { value: quoted(value) })
    const wrong = values.find((entry) => typeof entry !== 'string')
    return wrong === undefined || message(options.req, 'notText', { value: quoted(wrong) })
  }, base)
}

/** Payload turns "six" into NaN and lets it pass when the field is optional; we name it. */
const numberValue: Check = (value, options) =>
  typeof value === 'number' && Number.isNaN(value)
    ? message(options.req, 'notANumber')
    : (number as Check)(value, options)

/** A Lexical document: `{ root: { type: 'root', children: [...] } }`, then Payload's (the editor's) check. */
const richTextValue: Check = addsTo((value, options) => {
  if (isEmpty(value)) return true
  const root = isRecord(value) ? value.root : undefined
  const isDocument = isRecord(root) && root.type === 'root' && Array.isArray(root.children)
  return isDocument || message(options.req, 'notRichText', { value: quoted(value) })
}, richText as Check)

const groupValue: Check = (value, options) =>
  isEmpty(value) || isRecord(value) || message(options.req, 'notAGroup', { value: quoted(value) })

/** Rows of an array field: a list of objects. */
const arrayValue: Check = addsTo((value, options) => {
  if (isEmpty(value)) return true
  if (!Array.isArray(value)) return message(options.req, 'notAList', { value: quoted(value) })
  const wrong = value.find((row) => !isRecord(row))
  return wrong === undefined || message(options.req, 'notAGroup', { value: quoted(wrong) })
}, array as Check)

/** Payload drops a block of an unknown type without a word; we refuse it and list the known ones. */
const blocksValue: Check = addsTo(arrayValue, async (value, options) => {
  const { blocks = [], blockReferences } = options as unknown as {
    blocks?: { slug: string }[]
    blockReferences?: (string | { slug: string })[]
  }
  const known = (blockReferences ?? blocks).map((block) => (typeof block === 'string' ? block : block.slug))
  const rows = (Array.isArray(value) ? value : []) as Record<string, unknown>[]
  const unknown = rows.find((row) => typeof row.blockType !== 'string' || !known.includes(row.blockType))
  if (unknown)
    return message(options.req, 'blockUnknown', { blockType: quoted(unknown.blockType), known: known.join(', ') })
  return (payloadBlocks as Check)(value, options)
})

export const builtIn = {
  text: textValue(text as Check),
  textarea: textValue(textarea as Check),
  email: textValue(email as Check),
  number: numberValue,
  date: date as Check,
  checkbox: checkbox as Check,
  select: select as Check,
  relationship: explainsRefusedRelations(relationship as Check),
  upload: explainsRefusedRelations(upload as Check),
  richText: richTextValue,
  group: groupValue,
  array: arrayValue,
  blocks: blocksValue,
} satisfies Record<string, Check>

export type CheckedFieldType = keyof typeof builtIn

export function isCheckedFieldType(type: string): type is CheckedFieldType {
  return type in builtIn
}
