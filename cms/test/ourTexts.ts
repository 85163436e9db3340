import type { Field, SanitizedConfig } from 'payload'

/**
 * Our own texts in the Payload config (labels, descriptions, options, admin groups), for the tests
 * that check they exist in every admin language and that none shows in English in a Finnish admin.
 */

/** Where a text of ours sits in the config, for the failure message. */
export type Found = { where: string; text: unknown }

export function isTrilingual(text: unknown): boolean {
  if (typeof text === 'function') return true // Payload's own label, from its (now Finnish) i18n
  if (typeof text !== 'object' || text === null) return false
  const { fi, sv, en } = text as Record<string, unknown>
  return [fi, sv, en].every((value) => typeof value === 'string' && value.trim() !== '')
}

/** Every label, description and option label under these fields, through groups, arrays, blocks, tabs, rows and collapsibles. */
function textsOf(fields: Field[], where: string): Found[] {
  const found: Found[] = []
  for (const field of fields) {
    const admin = (field as { admin?: { hidden?: boolean; description?: unknown; disabled?: boolean } }).admin
    if ((field as { hidden?: boolean }).hidden || admin?.hidden || admin?.disabled) continue
    const name = 'name' in field ? field.name : field.type
    const here = `${where}.${name}`
    const label = (field as { label?: unknown }).label
    const hasOwnLabel = !['row', 'tabs', 'ui'].includes(field.type) && label !== false
    if (hasOwnLabel) found.push({ where: `${here} label`, text: label })
    if (admin?.description !== undefined && typeof admin.description !== 'function') {
      found.push({ where: `${here} description`, text: admin.description })
    }
    if ('options' in field && Array.isArray(field.options)) {
      for (const option of field.options) {
        if (typeof option === 'object') found.push({ where: `${here} option ${option.value}`, text: option.label })
        else found.push({ where: `${here} option ${option}`, text: option })
      }
    }
    if ('labels' in field && field.labels && field.type !== 'blocks') {
      found.push({ where: `${here} singular`, text: field.labels.singular })
      found.push({ where: `${here} plural`, text: field.labels.plural })
    }
    if ('fields' in field && Array.isArray(field.fields)) found.push(...textsOf(field.fields, here))
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        found.push({ where: `${here} tab`, text: tab.label })
        found.push(...textsOf(tab.fields, `${here}.${'name' in tab ? tab.name : String(tab.label)}`))
      }
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks ?? []) {
        found.push({ where: `${here} block ${block.slug} singular`, text: block.labels?.singular })
        found.push({ where: `${here} block ${block.slug} plural`, text: block.labels?.plural })
        found.push(...textsOf(block.fields, `${here}.${block.slug}`))
      }
    }
  }
  return found
}

/** Payload's own texts: collections it adds, and fields it or its plugins add with labels of their own. */
const payloadCollections = [
  'payload-kv',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
]

/** Every label, description, option label and admin group of our collections and globals in the sanitized config. */
export function ourTexts(config: SanitizedConfig): Found[] {
  const found: Found[] = []
  for (const collection of config.collections) {
    if (payloadCollections.includes(collection.slug)) continue
    const where = collection.slug
    found.push({ where: `${where} singular`, text: collection.labels.singular })
    found.push({ where: `${where} plural`, text: collection.labels.plural })
    if (collection.admin.group !== undefined && collection.admin.group !== false) {
      found.push({ where: `${where} group`, text: collection.admin.group })
    }
    if (collection.admin.description !== undefined) {
      found.push({ where: `${where} description`, text: collection.admin.description })
    }
    found.push(...textsOf(collection.fields, where))
  }
  for (const global of config.globals) {
    found.push({ where: `${global.slug} label`, text: global.label })
    found.push(...textsOf(global.fields, global.slug))
  }
  return found
}

/** The English of our texts that differs from their Finnish and Swedish (so "Facebook" or "SEO" are not counted). */
export function ourEnglish(config: SanitizedConfig): Set<string> {
  const english = new Set<string>()
  for (const { text } of ourTexts(config)) {
    if (!isTrilingual(text) || typeof text !== 'object' || text === null) continue
    const { fi, sv, en } = text as { fi: string; sv: string; en: string }
    if (en !== fi && en !== sv) english.add(en)
  }
  return english
}
