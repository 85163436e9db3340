import { defaultLocale } from '@union/shared/locales'
import { APIError, type CollectionBeforeValidateHook, type Field, type GlobalBeforeValidateHook } from 'payload'
import { hasRole } from '../access/roles'
import { message } from '../validation/messages'

/**
 * Keeps translators to translations: they may change localized fields in a non-default locale,
 * and tick or untick non-default locales in `translatedLocales`, nothing else. A violation is
 * rejected as a whole with the offending field named, so nothing is saved partially.
 */
export const translatorScope: CollectionBeforeValidateHook = ({ data, originalDoc, req, operation, collection }) => {
  if (!hasRole(req.user, 'translator') || hasRole(req.user, 'admin', 'editor')) return data
  if (operation === 'create') throw new APIError(message(req, 'translatorCreate'), 403, undefined, true)
  checkTranslatorChange(collection.fields, data, originalDoc, req)
  return data
}

export const translatorScopeGlobal: GlobalBeforeValidateHook = ({ data, originalDoc, req, global }) => {
  if (!hasRole(req.user, 'translator') || hasRole(req.user, 'admin', 'editor')) return data
  checkTranslatorChange(global.fields, data, originalDoc, req)
  return data
}

const systemFields = new Set(['id', '_status', 'createdAt', 'updatedAt'])

function checkTranslatorChange(fields: Field[], data: unknown, original: unknown, req: Parameters<typeof message>[0]) {
  if (!req || !('locale' in req)) return
  if ((req as { locale?: string }).locale === defaultLocale) {
    throw new APIError(message(req, 'translatorDefaultLocale', { locale: defaultLocale }), 403, undefined, true)
  }
  const violation = findNonLocalizedChange(fields, data, original, '')
  if (violation) throw new APIError(message(req, 'translatorField', { field: violation }), 403, undefined, true)
}

/** The path of the first non-localized value that `data` changes compared with `original`, if any. */
export function findNonLocalizedChange(
  fields: Field[],
  data: unknown,
  original: unknown,
  prefix: string,
): string | undefined {
  if (!isRecord(data)) return undefined
  const before = isRecord(original) ? original : {}
  for (const field of flatten(fields)) {
    if (!('name' in field) || !(field.name in data) || systemFields.has(field.name)) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if ('localized' in field && field.localized) continue
    const next = data[field.name]
    const prev = before[field.name]
    if (field.name === 'translatedLocales') {
      if (changesDefaultLocale(next, prev)) return path
      continue
    }
    if (field.type === 'group' && 'fields' in field) {
      const found = findNonLocalizedChange(field.fields, next, prev, path)
      if (found) return found
      continue
    }
    if (field.type === 'array' && 'fields' in field) {
      const rows = Array.isArray(next) ? next : []
      const previousRows = Array.isArray(prev) ? prev : []
      if (rows.length !== previousRows.length) return path
      for (const [index, row] of rows.entries()) {
        const found = findNonLocalizedChange(field.fields, row, previousRows[index], `${path}.${index}`)
        if (found) return found
      }
      continue
    }
    if (JSON.stringify(normalize(next)) !== JSON.stringify(normalize(prev))) return path
  }
  return undefined
}

function changesDefaultLocale(next: unknown, prev: unknown): boolean {
  const has = (value: unknown) => Array.isArray(value) && value.includes(defaultLocale)
  return has(next) !== has(prev)
}

/** Rows, collapsibles and unnamed tabs only lay fields out; their fields belong to the parent. */
function flatten(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return flatten(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : flatten(tab.fields),
      )
    return [field]
  })
}

/** Populated relations compare by id; empty values compare equal whatever their shape. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (isRecord(value)) {
    if ('id' in value && ('createdAt' in value || 'updatedAt' in value)) return value.id
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, normalize(inner)]),
    )
  }
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
