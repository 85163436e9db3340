import { type LocaleCode, localeCodes } from '@union/shared/locales'

/** A document in one locale it is translated into: what every content query and route works on. */
export type Localized<Doc> = { locale: LocaleCode; doc: Doc }

/** The documents translated into `locale`. */
export function translatedIn<Doc>(all: Localized<Doc>[], locale: LocaleCode): Doc[] {
  return all.filter((entry) => entry.locale === locale).map((entry) => entry.doc)
}

/** The locales that get a site: those with at least one translated document, in the configured order. */
export function localesWithContent(entries: Localized<unknown>[]): LocaleCode[] {
  const present = new Set(entries.map((entry) => entry.locale))
  return localeCodes.filter((code) => present.has(code))
}

const versionsById = new WeakMap<Localized<{ id: number }>[], Map<number, Localized<{ id: number }>[]>>()

/** Every locale version of the document `id`, from an index built once per list (pages ask per document). */
export function versionsOf<Doc extends { id: number }>(all: Localized<Doc>[], id: number): Localized<Doc>[] {
  let index = versionsById.get(all)
  if (!index) {
    index = new Map()
    for (const entry of all) index.set(entry.doc.id, [...(index.get(entry.doc.id) ?? []), entry])
    versionsById.set(all, index)
  }
  return (index.get(id) ?? []) as Localized<Doc>[]
}
